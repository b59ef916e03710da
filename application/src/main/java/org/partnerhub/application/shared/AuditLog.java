package org.partnerhub.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditEvent;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.audit.AuditRepository;

/**
 * Writes the audit log. Each line is written in its own transaction, so that a refused or failed action is recorded
 * even though the action itself is rolled back.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("partnerhub.audit");

    @Inject
    AuditRepository events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Actor actor, AuditAction action, String objectType, Object objectId, AuditOutcome outcome,
            String detail) {
        write(new AuditEvent(clock.instant(), actor, null, action, objectType, objectId == null ? null : objectId.toString(),
                outcome, detail));
    }

    /** A sign-in attempt, where the name typed may belong to no account. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAttempt(Actor actor, String attemptedName, AuditAction action, AuditOutcome outcome, String detail) {
        write(new AuditEvent(clock.instant(), actor, attemptedName, action, "user", attemptedName, outcome, detail));
    }

    /** Failed sign-ins from one client address since an instant, for the per-address throttle. */
    @Transactional
    public long failedLogins(String clientAddress, java.time.Instant since) {
        return events.countFailedLogins(clientAddress, since);
    }

    private void write(AuditEvent event) {
        events.append(event);
        LOG.fine(() -> event.getAction() + " " + event.getOutcome() + " by " + event.getActorName());
    }
}
