package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;

/**
 * Writes the audit lines of the cooperation context once the act committed. The audit log writes in a transaction of
 * its own, on a connection of its own: asked for while an agreement holds the fund's and the item's row locks, it
 * would wait for a free connection that the agreements queued behind those locks hold — under a burst of agreements
 * the pool runs dry and everything waits. After the commit the locks and the connection are released first.
 */
@ApplicationScoped
public class CooperationAudit {

    private static final Logger LOG = Logger.getLogger(CooperationAudit.class.getName());

    /** An act to audit once its transaction committed. */
    public record Done(Actor actor, AuditAction action, String objectType, Object objectId, String detail) {}

    @Inject
    AuditLog audit;

    void onDone(@Observes(during = TransactionPhase.AFTER_SUCCESS) Done done) {
        try {
            audit.record(done.actor(), done.action(), done.objectType(), done.objectId(), AuditOutcome.SUCCESS,
                    done.detail());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not audit " + done.action() + " of " + done.objectType() + " "
                    + done.objectId(), e);
        }
    }
}
