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
            "application.submitted",
            "partner.admitted", "partner.changed", "partner.suspended", "partner.reinstated", "partner.withdrawn",
            "partner.removed",
            "need.recorded", "need.published", "need.changed", "need.closed", "need.reopened", "need.merged",
            "need.cooperation-started", "need.resumed", "need.fulfilled",
            "painPoint.published", "painPoint.resolved", "painPoint.closed", "painPoint.reopened",
            "supply.created", "supply.published", "supply.changed", "supply.paused", "supply.resumed",
            "supply.withdrawn",
            "match.notified",
            "intent.proposed", "intent.negotiating", "intent.accepted", "intent.declined", "intent.agreed",
            "intent.withdrawn", "intent.expired", "intent.noted",
            "project.created", "project.planned", "project.reported", "project.delivered", "project.evaluated",
            "project.cancelled", "project.showcased", "project.unshowcased");

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private WebhookEventTypes() {}

    public static boolean known(String type) {
        return type != null && KNOWN.contains(type);
    }
}
