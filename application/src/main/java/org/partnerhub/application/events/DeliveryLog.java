package org.partnerhub.application.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.events.internal.EventStore;
import org.partnerhub.application.events.internal.EventsWritten;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** {@link Deliveries} on the delivery table: redelivery and replay add new PENDING deliveries, in sequence order. */
@ApplicationScoped
@Transactional
public class DeliveryLog implements Deliveries {

    /** Events read per step of a replay. */
    private static final int REPLAY_PAGE = 500;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Inject
    EventStore store;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    Clock clock;

    @Inject
    Event<EventsWritten> written;

    @Override
    public void redeliver(String channel, long sequence) {
        StoredEvent event = store.event(sequence)
                .orElseThrow(() -> new NotFoundException(org.partnerhub.domain.shared.Message.of("events.notFound", String.valueOf(sequence))));
        String consumer = consumerFor(channel, event);
        store.addDelivery(channel, consumer, event, clock.instant());
        written.fire(new EventsWritten(sequence));
    }

    @Override
    public int replay(String channel, long fromSequence) {
        if (fromSequence < 1) {
            throw new InvalidInputException(FieldError.of("fromSequence", "events.sequence.invalid"));
        }
        Map<String, EventConsumer> consumers = dispatcher.consumersByName();
        int added = 0;
        long next = fromSequence;
        List<StoredEvent> events;
        do {
            events = store.eventsFrom(next, REPLAY_PAGE);
            for (StoredEvent event : events) {
                for (Map.Entry<String, EventConsumer> consumer : consumers.entrySet()) {
                    if (consumer.getValue().channelsFor(event).contains(channel)) {
                        store.addDelivery(channel, consumer.getKey(), event, clock.instant());
                        added++;
                        break;
                    }
                }
                next = event.sequence() + 1;
            }
        } while (events.size() == REPLAY_PAGE);
        if (added > 0) {
            written.fire(new EventsWritten(next - 1));
        }
        return added;
    }

    @Override
    public int cancelPending(String channel) {
        return store.cancelPending(channel);
    }

    @Override
    public Page<DeliveryView> of(String channel, PageRequest page) {
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM event_delivery WHERE channel = ?")
                .setParameter(1, channel).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.sequence, e.event_id, e.type, d.status, d.attempts, "
                        + "d.last_attempt_at, d.next_attempt_at, d.last_error FROM event_delivery d "
                        + "JOIN domain_event e ON e.sequence = d.sequence WHERE d.channel = ? ORDER BY d.id DESC "
                        + "LIMIT " + page.size() + " OFFSET " + page.offset())
                .setParameter(1, channel)
                .getResultList();
        List<DeliveryView> items = rows.stream().map(row -> new DeliveryView(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2], (String) row[3], (String) row[4],
                ((Number) row[5]).intValue(), instant(row[6]), "DELIVERED".equals(row[4]) || "DEAD".equals(row[4])
                        || "CANCELLED".equals(row[4]) ? null : instant(row[7]), (String) row[8])).toList();
        return Page.of(items, page, total);
    }

    private String consumerFor(String channel, StoredEvent event) {
        for (Map.Entry<String, EventConsumer> consumer : dispatcher.consumersByName().entrySet()) {
            if (consumer.getValue().channelsFor(event).contains(channel)) {
                return consumer.getKey();
            }
        }
        return store.consumerOf(channel)
                .orElseThrow(() -> new InvalidInputException(FieldError.of("channel", "events.channel.unknown")));
    }

    private static java.time.Instant instant(Object value) {
        return value == null ? null : value instanceof java.sql.Timestamp t ? t.toInstant()
                : ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }
}
