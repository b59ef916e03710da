package org.partnerhub.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;

/**
 * One entry in the history of a traceable record (详实可追溯): when, who, which act, why, and each field's old and new
 * value. Entries are written once and never changed; each record type keeps them in its own table.
 */
@MappedSuperclass
public abstract class TraceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "action", nullable = false, length = 24, updatable = false)
    private String action;

    @Column(name = "actor_name", length = 64, updatable = false)
    private String actorName;

    @Column(name = "actor_display", length = 50, updatable = false)
    private String actorDisplay;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    protected TraceEvent() {
        // for JPA
    }

    protected TraceEvent(Instant occurredAt, String action, Recorder actor, String reason) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.actorName = actor.username();
        this.actorDisplay = actor.displayName();
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAction() {
        return action;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorDisplay() {
        return actorDisplay;
    }

    public String getReason() {
        return reason;
    }

    public abstract List<FieldChange> getChanges();
}
