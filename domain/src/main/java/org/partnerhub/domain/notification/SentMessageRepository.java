package org.partnerhub.domain.notification;

/** What the outbound channels have handled, keyed by channel and event. */
public interface SentMessageRepository {

    boolean handled(String channel, String eventId);

    void add(SentMessage message);
}
