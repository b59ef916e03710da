package org.partnerhub.application.events;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every event type the contexts write (docs/EVENTS.md documents each): the feed's {@code types} filter checks these. */
public final class EventTypes {

    /** Types that leave the server (feed, webhooks). */
    public static final Set<String> PUBLISHED = new TreeSet<>(List.of(
            "application.submitted",
            "partner.admitted", "partner.changed", "partner.suspended", "partner.reinstated", "partner.withdrawn",
            "partner.removed",
            "need.recorded", "need.published", "need.changed", "need.closed", "need.reopened", "need.merged",
            "need.cooperation-started", "need.resumed", "need.fulfilled",
            "painPoint.published", "painPoint.resolved", "painPoint.closed", "painPoint.reopened",
            "supply.created", "supply.published", "supply.changed", "supply.paused", "supply.resumed",
            "supply.withdrawn",
            "match.notified",
            "intent.proposed", "intent.accepted", "intent.declined", "intent.agreement-offered", "intent.agreed",
            "intent.withdrawn", "intent.expired",
            "project.created", "project.planned", "project.reported", "project.delivered", "project.evaluated",
            "project.cancelled", "project.showcased", "project.unshowcased"));

    /** Types that never leave the server. */
    public static final Set<String> INTERNAL = Set.of("notification.created");

    private EventTypes() {}
}
