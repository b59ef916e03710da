package org.partnerhub.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;

/**
 * Records a signed-in session that ended by itself (idle timeout) in the audit log; a sign-out removes the session's
 * user before ending it and is recorded by the logout itself.
 */
@WebListener
public class SessionExpiryAudit implements HttpSessionListener {

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object user = event.getSession().getAttribute(SessionUser.ATTRIBUTE);
        if (user instanceof SessionUser signedIn) {
            AuditLog audit = CDI.current().select(AuditLog.class).get();
            audit.record(new Actor(signedIn.userId(), null, null, null, null, null, null, "-"), AuditAction.SESSION_EXPIRED,
                    "user", signedIn.userId(), AuditOutcome.SUCCESS, "ended on the server after the idle limit");
        }
    }
}
