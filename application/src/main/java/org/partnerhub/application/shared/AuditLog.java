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
 * Writes the audit log. A line of a successful act is written in the act's own transaction (等保: the act and its audit
 * line commit together or not at all, and no second connection is taken while the act holds row locks); a refusal or
 * failure is written in a transaction of its own ({@link AuditApart}), so that it stays although the act rolls back.
 * Outside any transaction a line is its own transaction.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("partnerhub.audit");

    @Inject
    AuditRepository events;

    @Inject
    Clock clock;

    @Inject
    AuditApart apart;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Actor actor, AuditAction action, String objectType, Object objectId, AuditOutcome outcome,
            String detail) {
        write(new AuditEvent(clock.instant(), actor, null, action, objectType, objectId == null ? null : objectId.toString(),
                outcome, detail), outcome);
    }

    /** A sign-in attempt, where the name typed may belong to no account. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordAttempt(Actor actor, String attemptedName, AuditAction action, AuditOutcome outcome, String detail) {
        write(new AuditEvent(clock.instant(), actor, attemptedName, action, "user", attemptedName, outcome, detail),
                outcome);
    }

    /** Failed sign-ins from one client address since an instant, for the per-address throttle. */
    @Transactional
    public long failedLogins(String clientAddress, java.time.Instant since) {
        return events.countFailedLogins(clientAddress, since);
    }

    private void write(AuditEvent event, AuditOutcome outcome) {
        if (outcome == AuditOutcome.SUCCESS) {
            events.append(event);
        } else {
            apart.write(event);
        }
        LOG.fine(() -> event.getAction() + " " + event.getOutcome() + " by " + event.getActorName());
    }
}
