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

/** One entry in a need's history: created, edited (each field old → new), published, closed, merged, …. */
@Entity
@Table(name = "need_event")
public class NeedEvent extends TraceEvent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id", nullable = false, updatable = false)
    private Need need;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "need_event_change", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    protected NeedEvent() {
        // for JPA
    }

    NeedEvent(Need need, Instant occurredAt, String action, Recorder actor, String reason, List<FieldChange> changes) {
        super(occurredAt, action, actor, reason);
        this.need = need;
        this.changes.addAll(changes);
    }

    @Override
    public List<FieldChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }
}
