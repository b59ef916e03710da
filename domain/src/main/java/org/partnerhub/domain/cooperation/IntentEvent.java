package org.partnerhub.domain.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.partnerhub.domain.shared.FieldChange;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.TraceEvent;

/** One entry in an intent's history: proposed, accepted, agreed by one side, declined, withdrawn, expired. */
@Entity
@Table(name = "intent_event")
public class IntentEvent extends TraceEvent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intent_id", nullable = false, updatable = false)
    private CooperationIntent intent;

    /** The side that acted; null for the platform (expiry). */
    @Enumerated(EnumType.STRING)
    @Column(name = "party", length = 16, updatable = false)
    private IntentParty party;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private IntentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    private IntentStatus toStatus;

    protected IntentEvent() {
        // for JPA
    }

    IntentEvent(CooperationIntent intent, Instant occurredAt, String action, IntentParty party, Recorder actor,
            String note, IntentStatus fromStatus, IntentStatus toStatus) {
        super(occurredAt, action, actor, note);
        this.intent = intent;
        this.party = party;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    public IntentParty getParty() {
        return party;
    }

    public IntentStatus getFromStatus() {
        return fromStatus;
    }

    public IntentStatus getToStatus() {
        return toStatus;
    }

    @Override
    public List<FieldChange> getChanges() {
        return List.of();
    }
}
