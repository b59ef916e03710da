package org.partnerhub.application.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import org.partnerhub.application.shared.Persistence;

/**
 * What idempotent consumers have handled: a consumer calls {@link #firstTime} in the transaction that does its work,
 * and does it only when that answers true. The row and the work commit together; a second delivery of the same event
 * on the same channel (a retry after a crash, a replay, another server) finds the row — or waits for the first one's
 * transaction and then finds it — and does nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String channel, String eventId) {
        return em.createNativeQuery("INSERT IGNORE INTO event_processed (channel, event_id, processed_at) VALUES (?, ?, ?)")
                .setParameter(1, channel)
                .setParameter(2, eventId)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }
}
