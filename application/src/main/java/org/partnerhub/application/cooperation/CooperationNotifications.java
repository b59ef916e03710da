package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.domain.cooperation.IntentParty;

/**
 * Tells the sides of an intent what happened, once the transaction that did it committed: a proposal or a move goes to
 * the other side, an expiry to both. A lost notification is logged; the inbox page still shows the intent.
 */
@ApplicationScoped
public class CooperationNotifications {

    private static final Logger LOG = Logger.getLogger(CooperationNotifications.class.getName());

    @Inject
    NotificationService notifications;

    @Inject
    IntentRecipients recipients;

    void onMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) IntentMoved event) {
        try {
            Set<Long> to = new LinkedHashSet<>();
            if (event.side() == null || event.side() == IntentParty.PARTNER) {
                to.addAll(recipients.communityStaff(event.communityPath()));
            }
            if (event.side() == null || event.side() == IntentParty.COMMUNITY) {
                to.addAll(recipients.partnerUsers(event.partnerId()));
            }
            String key;
            List<String> args = new ArrayList<>(List.of(String.valueOf(event.intentId()), event.title()));
            if ("PROPOSED".equals(event.action())) {
                key = "notify.intent.proposed";
                args.add(event.side().name());
            } else if ("EXPIRE".equals(event.action())) {
                key = "notify.intent.expired";
            } else {
                key = "notify.intent.moved";
                args.add(event.action());
                args.add(event.status().name());
            }
            for (Long user : to) {
                notifications.notifyUser(user, key, args, "/intent?id=" + event.intentId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not notify the sides of intent " + event.intentId(), e);
        }
    }
}
