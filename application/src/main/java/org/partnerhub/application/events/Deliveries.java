package org.partnerhub.application.events;

import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Operating the deliveries of one channel (the webhooks use these for their delivery log and redelivery). */
public interface Deliveries {

    /** Deliver this one event on this channel again (a new attempt, even if it was delivered or dead). */
    void redeliver(String channel, long sequence);

    /** Deliver every event from this sequence on (inclusive) again on this channel, in order. */
    int replay(String channel, long fromSequence);

    /** Stop delivering on this channel: pending deliveries are cancelled (the webhook was deleted or disabled). */
    int cancelPending(String channel);

    /**
     * The channel's deliveries, newest first: sequence, eventId, type, status (PENDING, DELIVERED, RETRYING, DEAD,
     * CANCELLED), attempts, lastAttemptAt, nextAttemptAt, lastError (≤ 500 chars).
     */
    Page<DeliveryView> of(String channel, PageRequest page);
}
