package org.partnerhub.application.events;

import jakarta.json.JsonObject;

/** Writing events: in the CALLER's transaction (jakarta.transaction.TxType.MANDATORY). */
public interface DomainEvents {

    /**
     * Writes the event to the outbox in the caller's transaction: it exists exactly when the change that causes it
     * commits. {@code aggregateId} is written as text ({@code String.valueOf}).
     */
    StoredEvent publish(String type, String aggregateType, Object aggregateId, EventAudience audience,
            JsonObject body);
}
