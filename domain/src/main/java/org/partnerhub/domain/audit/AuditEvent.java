package org.partnerhub.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.partnerhub.domain.account.Actor;

/**
 * One line of the audit log: when, who (and from which address), did what to which object, and how it ended. The
 * class has no way to change a line once written, and the application has no code path that updates or deletes one.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAIL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id", updatable = false)
    private Long actorUserId;

    @Column(name = "actor_name", length = 64, updatable = false)
    private String actorName;

    @Column(name = "actor_role", length = 32, updatable = false)
    private String actorRole;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "object_type", length = 40, updatable = false)
    private String objectType;

    @Column(name = "object_id", length = 100, updatable = false)
    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "detail", length = DETAIL_MAX, updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, Actor actor, String attemptedName, AuditAction action, String objectType,
            String objectId, AuditOutcome outcome, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorUserId = actor == null ? null : actor.userId();
        this.actorName = truncate(actor != null && actor.username() != null ? actor.username() : attemptedName, 64);
        this.actorRole = actor == null || actor.role() == null ? null : actor.role().name();
        this.clientAddress = actor == null ? null : truncate(actor.clientAddress(), 64);
        this.action = Objects.requireNonNull(action);
        this.objectType = truncate(objectType, 40);
        this.objectId = truncate(objectId, 100);
        this.outcome = Objects.requireNonNull(outcome);
        this.detail = truncate(detail, DETAIL_MAX);
    }

    /** Cuts to at most {@code max} characters (code points, as the column counts them), never inside one. */
    private static String truncate(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
