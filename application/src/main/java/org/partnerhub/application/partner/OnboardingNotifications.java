package org.partnerhub.application.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.domain.account.Role;

/**
 * Tells the district's administrators of new and resubmitted applications, once their transaction committed; while an
 * administrator has not read the notice, further applications update it ("N applications await review") instead of
 * adding one each.
 */
@ApplicationScoped
public class OnboardingNotifications {

    private static final Logger LOG = Logger.getLogger(OnboardingNotifications.class.getName());

    @Inject
    NotificationService notifications;

    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationSubmitted event) {
        try {
            // anyone may submit: a burst of applications folds into one unread notice per administrator
            notifications.notifyRoleFolded(Role.DISTRICT_ADMIN,
                    event.resubmitted() ? "notify.application.resubmitted" : "notify.application.new",
                    Set.of("notify.application.new", "notify.application.resubmitted"), "notify.application.many",
                    List.of(event.number(), event.organisationName()), "/admin/application?number=" + event.number(),
                    "/admin/applications");
        } catch (RuntimeException e) {
            // the application stands; a lost notification is logged, and the queue still shows it
            LOG.log(Level.WARNING, "Could not notify the reviewers of " + event.number(), e);
        }
    }
}
