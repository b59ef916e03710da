package org.partnerhub.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an application's history: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    /** What happened. */
    public enum Kind {
        SUBMITTED,
        RESUBMITTED,
        ADMITTED,
        RETURNED,
        REJECTED,
        DOCUMENT_ADDED,
        PASSWORD_SET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private PartnerApplication application;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24, updatable = false)
    private Kind kind;

    /** The reviewer's user name, or null for the applicant. */
    @Column(name = "actor_name", length = 64, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16, updatable = false)
    private ApplicationStatus toStatus;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    protected ApplicationEvent() {
        // for JPA
    }

    ApplicationEvent(PartnerApplication application, Instant occurredAt, Kind kind, String actorName, ApplicationStatus fromStatus,
            ApplicationStatus toStatus, String reason) {
        this.application = application;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actorName = actorName;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
    }

    public ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    public ApplicationStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }
}
