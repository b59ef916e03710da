package org.partnerhub.application.webhook;

import java.util.List;
import java.util.Set;

/**
 * The event types an endpoint may subscribe to: every type that leaves the server (docs/EVENTS.md documents each one's
 * body). Internal events, such as {@code notification.created}, are not among them.
 */
public final class WebhookEventTypes {

    /** In the order of docs/EVENTS.md. */
    public static final List<String> ALL = List.of(
            "partner.admitted", "partner.suspended", "partner.reinstated", "partner.withdrawn",
            "need.recorded", "need.published", "need.changed", "need.merged", "need.closed",
            "pain_point.published",
            "supply.published", "supply.changed", "supply.paused", "supply.withdrawn",
            "match.notified",
            "intent.proposed", "intent.accepted", "intent.declined", "intent.agreed", "intent.withdrawn",
            "intent.expired",
            "project.created", "project.reported", "project.delivered", "project.evaluated", "project.showcased");

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private WebhookEventTypes() {}

    public static boolean known(String type) {
        return type != null && KNOWN.contains(type);
    }
}
