package org.partnerhub.application.events;

import java.time.Instant;

/**
 * One stored domain event as consumers see it. {@code sequence} = the outbox row's id (global order of writing, the
 * order of deliveries per aggregate); {@code eventId} = a stable unique id such as "evt_&lt;base32&gt;" (the
 * webhook-id header); {@code type} e.g. "need.published"; {@code aggregateType} e.g. "need"; {@code aggregateId} the
 * record's id as text; {@code bodyJson} the documented JSON contract (docs/EVENTS.md).
 */
public record StoredEvent(long sequence, String eventId, String type, String aggregateType, String aggregateId,
        Instant occurredAt, String bodyJson, EventAudience audience) {
}
