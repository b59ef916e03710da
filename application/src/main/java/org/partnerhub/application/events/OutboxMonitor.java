package org.partnerhub.application.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.partnerhub.application.events.internal.EventStore;

/**
 * Measures the outbox's lag for the metrics and the readiness check. A reading is kept for two seconds, so that
 * frequent scrapes and probes do not each query the database.
 */
@ApplicationScoped
public class OutboxMonitor {

    private static final Duration KEEP = Duration.ofSeconds(2);

    @Inject
    EventStore store;

    @Inject
    EventSettings settings;

    @Inject
    Clock clock;

    private volatile OutboxLag last;
    private volatile Instant readAt = Instant.EPOCH;

    public OutboxLag lag() {
        Instant now = Instant.now();
        OutboxLag reading = last;
        if (reading != null && now.isBefore(readAt.plus(KEEP))) {
            return reading;
        }
        Object[] row = store.backlog();
        Instant oldest = earliest(time(row[0]), time(row[1]));
        Duration age = oldest == null || oldest.isAfter(clock.instant()) ? Duration.ZERO
                : Duration.between(oldest, clock.instant());
        reading = new OutboxLag(age, ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                age.compareTo(settings.lagWarn()) > 0);
        last = reading;
        readAt = now;
        return reading;
    }

    private static Instant time(Object value) {
        return value == null ? null : value instanceof java.sql.Timestamp t ? t.toInstant()
                : ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
