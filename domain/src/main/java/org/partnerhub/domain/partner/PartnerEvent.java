package org.partnerhub.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a partner: admitted, profile edited (which fields, old and new), suspended, reinstated, …. */
@Entity
@Table(name = "partner_event")
public class PartnerEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "action", nullable = false, length = 24, updatable = false)
    private String action;

    @Column(name = "actor_name", length = 64, updatable = false)
    private String actorName;

    @Column(name = "detail", length = 4000, updatable = false)
    private String detail;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    protected PartnerEvent() {
        // for JPA
    }

    PartnerEvent(Partner partner, Instant occurredAt, String action, String actorName, String detail, String reason) {
        this.partner = partner;
        this.occurredAt = occurredAt;
        this.action = action;
        this.actorName = actorName;
        this.detail = detail;
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

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }
}
