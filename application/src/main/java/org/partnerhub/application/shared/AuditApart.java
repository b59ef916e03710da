package org.partnerhub.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.partnerhub.domain.audit.AuditEvent;
import org.partnerhub.domain.audit.AuditRepository;

/**
 * Writes an audit line in a transaction of its own: for refusals and failures, whose act is rolled back but whose
 * line must stay. Only {@link AuditLog} calls it.
 */
@ApplicationScoped
class AuditApart {

    @Inject
    AuditRepository events;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void write(AuditEvent event) {
        events.append(event);
    }
}
