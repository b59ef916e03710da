package org.partnerhub.application.events;

import java.util.List;

/** A consumer of domain events: an {@code @ApplicationScoped} CDI bean; the dispatcher finds every bean of this type. */
public interface EventConsumer {

    /**
     * The channels on which this consumer wants the event (stable names of at most 64 characters, e.g.
     * "notifications", "mail", "webhook:42"); empty = not interested. Called by the dispatcher when it fans an event
     * out, in a transaction of the dispatcher.
     */
    List<String> channelsFor(StoredEvent event);

    /**
     * Deliver the event on one of this consumer's channels, outside any business transaction. Throwing makes the
     * dispatcher retry with exponential back-off and dead-letter it after the configured tries. Must be idempotent
     * for (channel, event.eventId()).
     */
    void deliver(String channel, StoredEvent event) throws Exception;
}
