package org.partnerhub.application.need;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.partnerhub.domain.shared.FieldChange;
import org.partnerhub.domain.shared.TraceEvent;

/** One history entry of a need or pain point, as readers get it. */
public record TraceEntry(Instant at, String action, String actor, String actorName, String reason, List<Change> changes) {

    /** The action of the first entry of every history. */
    static final String CREATED = "CREATED";

    /** One field's old and new value. */
    public record Change(String field, String from, String to) {}

    public static TraceEntry of(TraceEvent event) {
        return new TraceEntry(event.getOccurredAt(), event.getAction(), event.getActorName(), event.getActorDisplay(),
                event.getReason(), event.getChanges().stream().map(TraceEntry::change).toList());
    }

    private static Change change(FieldChange c) {
        return new Change(c.getField(), c.getOldValue(), c.getNewValue());
    }

    /**
     * Every entry of a history, newest first, the creation always last: a record created and published in one call
     * has both entries at the same instant, and the database may have stored the publication first, so that ordering
     * by time and id alone would list the publication before the creation. Other entries of the same instant keep
     * the order they were given in.
     */
    public static List<TraceEntry> all(List<? extends TraceEvent> events) {
        return events.stream().map(TraceEntry::of)
                .sorted(Comparator.comparing(TraceEntry::at).reversed()
                        .thenComparing(e -> CREATED.equals(e.action())))
                .toList();
    }
}
