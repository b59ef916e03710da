package org.partnerhub.domain.supply;

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

/** One entry in a supply item's history: created, edited (each field old → new), published, paused, …. */
@Entity
@Table(name = "supply_event")
public class SupplyEvent extends TraceEvent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supply_id", nullable = false, updatable = false)
    private SupplyItem supply;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supply_event_change", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    protected SupplyEvent() {
        // for JPA
    }

    SupplyEvent(SupplyItem supply, Instant occurredAt, String action, Recorder actor, String reason,
            List<FieldChange> changes) {
        super(occurredAt, action, actor, reason);
        this.supply = supply;
        this.changes.addAll(changes);
    }

    @Override
    public List<FieldChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }
}
