package org.partnerhub.domain.need;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.partnerhub.domain.shared.FieldChange;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.TraceEvent;

/** One entry in a pain point's history: created, edited (each field old → new), published, resolved, …. */
@Entity
@Table(name = "pain_point_event")
public class PainPointEvent extends TraceEvent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pain_point_id", nullable = false, updatable = false)
    private PainPoint painPoint;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pain_point_event_change", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    protected PainPointEvent() {
        // for JPA
    }

    PainPointEvent(PainPoint painPoint, Instant occurredAt, String action, Recorder actor, String reason,
            List<FieldChange> changes) {
        super(occurredAt, action, actor, reason);
        this.painPoint = painPoint;
        this.changes.addAll(changes);
    }

    @Override
    public List<FieldChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }
}
