package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.account.Recipients;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.cooperation.IntentStatus;

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
    Recipients recipients;

    void onMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) IntentMoved event) {
        try {
            Set<Long> to = new LinkedHashSet<>();
            if (event.side() == null || event.side() == IntentParty.PARTNER) {
                to.addAll(recipients.communityStaff(event.communityPath()));
            }
            if (event.side() == null || event.side() == IntentParty.COMMUNITY) {
                to.addAll(recipients.partnerUsers(event.partnerId()));
            }
            // one message per act, so that each reads naturally in the reader's language
            String key = switch (event.action()) {
                case "PROPOSED" -> "notify.intent.proposed";
                case "EXPIRE" -> "notify.intent.expired";
                case "AGREE" -> event.status() == IntentStatus.AGREED ? "notify.intent.agreed" : "notify.intent.AGREE";
                default -> "notify.intent." + event.action();
            };
            List<String> args = List.of(String.valueOf(event.intentId()), event.title());
            for (Long user : to) {
                notifications.notifyUser(user, key, args, "/intent?id=" + event.intentId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not notify the sides of intent " + event.intentId(), e);
        }
    }

    /** A delivered project: its partner is told how the community rated it. */
    void onDelivered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectEvaluated event) {
        try {
            for (Long user : recipients.partnerUsers(event.partnerId())) {
                notifications.notifyUser(user, "notify.project.delivered",
                        List.of(String.valueOf(event.projectId()), String.valueOf(event.rating())),
                        "/project?id=" + event.projectId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not notify the partner of project " + event.projectId(), e);
        }
    }
}
