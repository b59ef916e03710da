package org.partnerhub.it.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnerhub.application.events.EventConsumer;
import org.partnerhub.application.events.StoredEvent;

/**
 * A consumer that exists only in the events tests' deployment. It wants the events whose body names a marker the test
 * chose ({@link #watch}), on channel "test:record" (keeps every delivery, in the order delivered) or "test:fail" (always
 * throws, for retries and the dead letter).
 */
@ApplicationScoped
public class RecordingConsumer implements EventConsumer {

    public static final String RECORD = "test:record";
    public static final String FAIL = "test:fail";

    private final Map<String, String> watched = new ConcurrentHashMap<>();
    private final List<StoredEvent> delivered = new CopyOnWriteArrayList<>();

    /** Events of this aggregate are delivered on {@code channel} from now on. */
    public void watch(String aggregateType, String aggregateId, String channel) {
        watched.put(aggregateType + ":" + aggregateId, channel);
    }

    public List<StoredEvent> delivered() {
        return new ArrayList<>(delivered);
    }

    public List<StoredEvent> deliveredOf(String aggregateType, String aggregateId) {
        return delivered.stream().filter(e -> e.aggregateType().equals(aggregateType)
                && e.aggregateId().equals(aggregateId)).toList();
    }

    @Override
    public List<String> channelsFor(StoredEvent event) {
        String channel = watched.get(event.aggregateType() + ":" + event.aggregateId());
        return channel == null ? List.of() : List.of(channel);
    }

    @Override
    public void deliver(String channel, StoredEvent event) {
        if (FAIL.equals(channel)) {
            throw new IllegalStateException("refused on purpose: " + event.eventId());
        }
        delivered.add(event);
    }
}
