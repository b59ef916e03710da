package org.partnerhub.application.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.need.NeedPublished;
import org.partnerhub.application.supply.SupplyPublished;

/**
 * After a need or supply item is published and its transaction committed, the other side of its best matches is told
 * (in a transaction of its own: a failure there never undoes the publishing, and a rolled-back publishing tells
 * nobody).
 */
@ApplicationScoped
public class MatchNotifications {

    private static final Logger LOG = Logger.getLogger(MatchNotifications.class.getName());

    @Inject
    MatchNotifier notifier;

    void onNeed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NeedPublished event) {
        try {
            notifier.needPublished(event.needId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not notify the matches of need " + event.needId(), e);
        }
    }

    void onSupply(@Observes(during = TransactionPhase.AFTER_SUCCESS) SupplyPublished event) {
        try {
            notifier.supplyPublished(event.supplyId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not notify the matches of supply item " + event.supplyId(), e);
        }
    }
}
