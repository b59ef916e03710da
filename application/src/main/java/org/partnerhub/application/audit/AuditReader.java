package org.partnerhub.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditEvent;
import org.partnerhub.domain.audit.AuditQuery;
import org.partnerhub.domain.audit.AuditRepository;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Reading the audit log: auditors and district administrators. */
@ApplicationScoped
@Transactional
public class AuditReader {

    @Inject
    AuditRepository events;

    @Inject
    AccessPolicy access;

    public Page<AuditEvent> find(Actor actor, AuditQuery query, PageRequest page) {
        access.require(actor, Permission.READ_AUDIT);
        return events.find(query, page);
    }
}
