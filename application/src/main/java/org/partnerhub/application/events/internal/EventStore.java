package org.partnerhub.application.events.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.events.EventAudience;
import org.partnerhub.application.events.StoredEvent;
import org.partnerhub.application.shared.Persistence;

/**
 * The SQL of the outbox and its deliveries. Each public method is one short transaction of the dispatcher (never a
 * business transaction): the dispatcher holds no lock while a consumer works.
 */
@ApplicationScoped
public class EventStore {

    public static final String EVENT_COLUMNS = "e.sequence, e.event_id, e.type, e.aggregate_type, e.aggregate_id, e.occurred_at, "
            + "e.body, e.internal, e.is_public, e.region_path, e.partner_id";

    /** Statuses of a delivery still to be made (it blocks later ones of its channel and aggregate). */
    static final String OPEN = "('PENDING', 'RETRYING')";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    /** A claimed delivery and its event. */
    public record Claimed(long deliveryId, String channel, String consumer, int attempts, StoredEvent event) {}

    /** A new delivery to insert for an event. */
    public record Target(String channel, String consumer) {}

    /** What a fan-out asks of the consumers: the channels of one event. */
    @FunctionalInterface
    public interface Router {
        List<Target> route(StoredEvent event);
    }

    /**
     * Gives the next committed events without a feed position their positions and their deliveries, oldest first.
     * The counter row's lock makes fan-outs of several servers take turns, so positions follow the order in which
     * events became visible: a feed reader that has seen position p never later finds a new event below p.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut(int batch, Instant now, Router router) {
        long last = ((Number) em.createNativeQuery("SELECT last_position FROM domain_event_feed WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        // a plain read after the lock: its snapshot starts now, so it sees every event committed so far and every
        // earlier fan-out; no locking read, whose gap locks on the index would stall the business inserts
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + EVENT_COLUMNS + " FROM domain_event e "
                        + "WHERE e.feed_position IS NULL ORDER BY e.sequence LIMIT " + batch)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        for (Object[] row : rows) {
            StoredEvent event = event(row);
            last++;
            em.createNativeQuery("UPDATE domain_event SET feed_position = ? WHERE sequence = ?")
                    .setParameter(1, last).setParameter(2, event.sequence()).executeUpdate();
            for (Target target : router.route(event)) {
                insertDelivery(target, event, now);
            }
        }
        em.createNativeQuery("UPDATE domain_event_feed SET last_position = ? WHERE id = 1").setParameter(1, last)
                .executeUpdate();
        return rows.size();
    }

    private void insertDelivery(Target target, StoredEvent event, Instant now) {
        em.createNativeQuery("INSERT INTO event_delivery (channel, consumer, sequence, aggregate_type, aggregate_id, "
                        + "status, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .setParameter(1, target.channel())
                .setParameter(2, target.consumer())
                .setParameter(3, event.sequence())
                .setParameter(4, event.aggregateType())
                .setParameter(5, event.aggregateId())
                .setParameter(6, Timestamp.from(now))
                .setParameter(7, Timestamp.from(now))
                .executeUpdate();
    }

    /**
     * Claims due deliveries for this run: a plain read of candidates (due, not leased, and no earlier open delivery of
     * the same channel and aggregate — so at most one per channel and aggregate), then one conditional UPDATE on their
     * keys; a row another server claimed first no longer matches. IntentExpiry's pattern.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(String run, Instant now, Instant leaseUntil, int batch) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT d.id FROM event_delivery d WHERE d.status IN " + OPEN
                        + " AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until < ?) "
                        + "AND NOT EXISTS (SELECT 1 FROM event_delivery p WHERE p.channel = d.channel "
                        + "AND p.aggregate_type = d.aggregate_type AND p.aggregate_id = d.aggregate_id "
                        + "AND p.sequence < d.sequence AND p.status IN " + OPEN + ") "
                        + "ORDER BY d.sequence, d.id LIMIT " + batch)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now))
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        String ids = String.join(",", Collections.nCopies(due.size(), "?"));
        Query update = em.createNativeQuery("UPDATE event_delivery SET claim_id = ?, lease_until = ? WHERE id IN (" + ids
                        + ") AND status IN " + OPEN + " AND (lease_until IS NULL OR lease_until < ?)")
                .setParameter(1, run)
                .setParameter(2, Timestamp.from(leaseUntil));
        for (int i = 0; i < due.size(); i++) {
            update.setParameter(3 + i, due.get(i).longValue());
        }
        int claimed = update.setParameter(3 + due.size(), Timestamp.from(now)).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.channel, d.consumer, d.attempts, " + EVENT_COLUMNS
                        + " FROM event_delivery d JOIN domain_event e ON e.sequence = d.sequence WHERE d.claim_id = ? "
                        + "AND d.status IN " + OPEN + " ORDER BY d.sequence, d.id")
                .setParameter(1, run)
                .getResultList();
        List<Claimed> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] eventRow = new Object[row.length - 4];
            System.arraycopy(row, 4, eventRow, 0, eventRow.length);
            result.add(new Claimed(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    ((Number) row[3]).intValue(), event(eventRow)));
        }
        return result;
    }

    /** Marks a claimed delivery done, if it is still this run's and still open (not cancelled meanwhile). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean delivered(long deliveryId, String run, Instant now) {
        return em.createNativeQuery("UPDATE event_delivery SET status = 'DELIVERED', attempts = attempts + 1, "
                        + "last_attempt_at = ?, delivered_at = ?, last_error = NULL, claim_id = NULL, lease_until = NULL "
                        + "WHERE id = ? AND claim_id = ? AND status IN " + OPEN)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, deliveryId)
                .setParameter(4, run)
                .executeUpdate() == 1;
    }

    /** Records a failed attempt: RETRYING with its next time, or DEAD ({@code nextAttempt} null). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long deliveryId, String run, Instant now, Instant nextAttempt, String error) {
        String message = error == null ? "" : error;
        if (message.length() > 500) {
            message = message.substring(0, 500);
        }
        return em.createNativeQuery("UPDATE event_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?, "
                        + "next_attempt_at = ?, last_error = ?, claim_id = NULL, lease_until = NULL "
                        + "WHERE id = ? AND claim_id = ? AND status IN " + OPEN)
                .setParameter(1, nextAttempt == null ? "DEAD" : "RETRYING")
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(nextAttempt == null ? now : nextAttempt))
                .setParameter(4, message)
                .setParameter(5, deliveryId)
                .setParameter(6, run)
                .executeUpdate() == 1;
    }

    /** A new PENDING delivery of one stored event on a channel. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void addDelivery(String channel, String consumer, StoredEvent event, Instant now) {
        insertDelivery(new Target(channel, consumer), event, now);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public int cancelPending(String channel) {
        return em.createNativeQuery("UPDATE event_delivery SET status = 'CANCELLED', claim_id = NULL, lease_until = NULL "
                        + "WHERE channel = ? AND status IN " + OPEN)
                .setParameter(1, channel)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<StoredEvent> event(long sequence) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + EVENT_COLUMNS + " FROM domain_event e WHERE e.sequence = ?")
                .setParameter(1, sequence)
                .getResultList();
        return rows.stream().findFirst().map(EventStore::event);
    }

    /** Events from a sequence on (inclusive) that have been fanned out, oldest first. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<StoredEvent> eventsFrom(long fromSequence, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + EVENT_COLUMNS + " FROM domain_event e WHERE e.sequence >= ? "
                        + "AND e.feed_position IS NOT NULL ORDER BY e.sequence LIMIT " + limit)
                .setParameter(1, fromSequence)
                .getResultList();
        return rows.stream().map(EventStore::event).toList();
    }

    /**
     * The outbox's backlog: the time of the oldest event not yet delivered on some channel (or not yet fanned out),
     * how many deliveries are open and how many are dead.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Object[] backlog() {
        return (Object[]) em.createNativeQuery("SELECT "
                        + "(SELECT MIN(created_at) FROM event_delivery WHERE status IN " + OPEN + "), "
                        + "(SELECT MIN(occurred_at) FROM domain_event WHERE feed_position IS NULL), "
                        + "(SELECT COUNT(*) FROM event_delivery WHERE status IN " + OPEN + "), "
                        + "(SELECT COUNT(*) FROM event_delivery WHERE status = 'DEAD')")
                .getSingleResult();
    }

    /** The consumer that last had a delivery on this channel, if any. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<String> consumerOf(String channel) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT consumer FROM event_delivery WHERE channel = ? ORDER BY id DESC LIMIT 1")
                .setParameter(1, channel)
                .getResultList();
        return rows.stream().findFirst();
    }

    public static StoredEvent event(Object[] row) {
        return new StoredEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], instant(row[5]), (String) row[6],
                new EventAudience(bool(row[7]), bool(row[8]), (String) row[9],
                        row[10] == null ? null : ((Number) row[10]).longValue()));
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time value " + value.getClass());
    }

    static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ((Number) value).intValue() != 0;
    }
}
