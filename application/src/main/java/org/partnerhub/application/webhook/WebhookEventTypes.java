package org.partnerhub.application.webhook;

import org.partnerhub.application.events.EventTypes;

/**
 * The event types an endpoint may subscribe to: every type that leaves the server ({@link EventTypes#PUBLISHED},
 * documented in docs/EVENTS.md). Internal events, such as {@code notification.created}, are not among them.
 */
public final class WebhookEventTypes {

    private WebhookEventTypes() {}

    public static boolean known(String type) {
        return type != null && EventTypes.PUBLISHED.contains(type);
    }
}
