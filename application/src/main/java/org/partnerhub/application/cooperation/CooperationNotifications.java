package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.account.Recipients;
import org.partnerhub.application.events.EventConsumer;
import org.partnerhub.application.events.ProcessedEvents;
import org.partnerhub.application.events.StoredEvent;
import org.partnerhub.application.notification.NotificationService;

/**
 * Tells the sides of an intent what happened, as a consumer of the durable intent and project events: a proposal or a
 * move goes to the other side, an expiry to both; a delivered project's partner hears how it was rated. A crash after
 * the act's commit loses no notice; a second delivery of an event notifies nobody twice (the processed row commits with
 * the notifications).
 */
@ApplicationScoped
public class CooperationNotifications implements EventConsumer {

    static final String CHANNEL = "notifications:cooperation";

    @Inject
    NotificationService notifications;

    @Inject
    Recipients recipients;

    @Inject
    ProcessedEvents processed;

    @Override
    public List<String> channelsFor(StoredEvent event) {
        return event.type().startsWith("intent.") || event.type().equals("project.evaluated") ? List.of(CHANNEL)
                : List.of();
    }

    @Override
    @Transactional
    public void deliver(String channel, StoredEvent event) {
        if (!processed.firstTime(channel, event.eventId())) {
            return;
        }
        JsonObject body = Json.createReader(new StringReader(event.bodyJson())).readObject();
        Long partnerId = Long.valueOf(body.getString("partnerId"));
        if (event.type().equals("project.evaluated")) {
            String projectId = body.getString("projectId");
            for (Long user : recipients.partnerUsers(partnerId)) {
                notifications.notifyUser(user, "notify.project.delivered",
                        List.of(projectId, String.valueOf(body.getInt("rating"))), "/project?id=" + projectId);
            }
            return;
        }
        String by = body.isNull("by") ? null : body.getString("by");
        Set<Long> to = new LinkedHashSet<>();
        if (by == null || by.equals("PARTNER")) {
            to.addAll(recipients.communityStaff(body.getString("communityPath")));
        }
        if (by == null || by.equals("COMMUNITY")) {
            to.addAll(recipients.partnerUsers(partnerId));
        }
        // one message per act, so that each reads naturally in the reader's language
        String action = body.getString("action");
        String key = switch (action) {
            case "PROPOSED" -> "notify.intent.proposed";
            case "EXPIRE" -> "notify.intent.expired";
            case "AGREE" -> "AGREED".equals(body.getString("status")) ? "notify.intent.agreed" : "notify.intent.AGREE";
            default -> "notify.intent." + action;
        };
        String intentId = body.getString("intentId");
        List<String> args = List.of(intentId, body.getString("needTitle"));
        for (Long user : to) {
            notifications.notifyUser(user, key, args, "/intent?id=" + intentId);
        }
    }
}
