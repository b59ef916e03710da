package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;

/**
 * Writes the audit lines of the cooperation context in the act's own transaction (等保: the act and its line commit
 * together). {@link AuditLog} writes a success line on the act's connection, so an agreement holding the fund's and the
 * item's row locks takes no second connection from the pool (which under a burst of agreements ran dry when the line
 * had a transaction of its own); a failure to write it rolls the act back.
 */
@ApplicationScoped
public class CooperationAudit {

    /** An act to audit, fired inside its transaction. */
    public record Done(Actor actor, AuditAction action, String objectType, Object objectId, String detail) {}

    @Inject
    AuditLog audit;

    void onDone(@Observes Done done) {
        audit.record(done.actor(), done.action(), done.objectType(), done.objectId(), AuditOutcome.SUCCESS,
                done.detail());
    }
}
