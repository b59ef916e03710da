package org.partnerhub.application.events.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.partnerhub.application.events.DomainEvents;
import org.partnerhub.application.events.EventAudience;
import org.partnerhub.application.events.StoredEvent;
import org.partnerhub.application.shared.Persistence;

/**
 * The outbox: each event is one INSERT in the caller's transaction, so it commits or rolls back with the change that
 * causes it. After the commit the dispatcher is nudged (a lost nudge only delays delivery until its next poll).
 */
@ApplicationScoped
public class Outbox implements DomainEvents {

    private static final char[] BASE32 = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<EventsWritten> written;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredEvent publish(String type, String aggregateType, Object aggregateId, EventAudience audience,
            JsonObject body) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(body, "body");
        String eventId = newEventId();
        String id = String.valueOf(aggregateId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String json = body.toString();
        em.createNativeQuery("INSERT INTO domain_event (event_id, type, aggregate_type, aggregate_id, occurred_at, body, "
                        + "internal, is_public, region_path, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, aggregateType)
                .setParameter(4, id)
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, json)
                .setParameter(7, audience.internal())
                .setParameter(8, audience.isPublic())
                .setParameter(9, audience.regionPath())
                .setParameter(10, audience.partnerId())
                .executeUpdate();
        long sequence = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        written.fire(new EventsWritten(sequence));
        return new StoredEvent(sequence, eventId, type, aggregateType, id, now, json, audience);
    }

    /** "evt_" and 26 base32 characters of 128 random bits: unique without asking the database. */
    static String newEventId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder("evt_");
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                id.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            id.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return id.toString();
    }
}
