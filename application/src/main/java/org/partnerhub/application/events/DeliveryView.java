package org.partnerhub.application.events;

import java.time.Instant;

/** One delivery of one event on one channel, as the delivery log shows it. */
public record DeliveryView(long id, long sequence, String eventId, String type, String status, int attempts,
        Instant lastAttemptAt, Instant nextAttemptAt, String lastError) {
}
