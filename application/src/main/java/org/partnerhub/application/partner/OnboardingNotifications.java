package org.partnerhub.application.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import org.partnerhub.application.events.EventConsumer;
import org.partnerhub.application.events.ProcessedEvents;
import org.partnerhub.application.events.StoredEvent;
import java.util.Set;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.domain.account.Role;

/**
 * Tells the district's administrators of every new, resubmitted and identity-change application: a consumer of the
 * durable {@code application.submitted} event, so a crash after the submission's commit loses no notice, and a
 * second delivery of the event notifies nobody twice (the processed row commits with the notifications). While an
 * administrator has not read the notice, further applications update it ("N applications await review") instead of
 * adding one each: anyone may submit, and a burst must not bury the inbox.
 */
@ApplicationScoped
public class OnboardingNotifications implements EventConsumer {

    static final String CHANNEL = "notifications:onboarding";

    @Inject
    NotificationService notifications;

    @Inject
    ProcessedEvents processed;

    @Override
    public List<String> channelsFor(StoredEvent event) {
        return "application.submitted".equals(event.type()) ? List.of(CHANNEL) : List.of();
    }

    @Override
    @Transactional
    public void deliver(String channel, StoredEvent event) {
        if (!processed.firstTime(channel, event.eventId())) {
            return;
        }
        JsonObject body = Json.createReader(new StringReader(event.bodyJson())).readObject();
        String number = body.getString("applicationNumber");
        notifications.notifyRoleFolded(Role.DISTRICT_ADMIN,
                body.getBoolean("resubmitted") ? "notify.application.resubmitted" : "notify.application.new",
                Set.of("notify.application.new", "notify.application.resubmitted"), "notify.application.many",
                List.of(number, body.getString("organisationName")), "/admin/application?number=" + number,
                "/admin/applications");
    }
}
