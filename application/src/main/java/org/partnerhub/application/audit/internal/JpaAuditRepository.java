package org.partnerhub.application.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditEvent;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.audit.AuditQuery;
import org.partnerhub.domain.audit.AuditRepository;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Appends and reads audit lines. There is deliberately no update and no delete here. */
@ApplicationScoped
class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public Page<AuditEvent> find(AuditQuery query, PageRequest page) {
        return new Filter()
                .and("e.actorName = :actor", "actor", query.actor())
                .and("e.action = :action", "action", query.action())
                .and("e.objectType = :objectType", "objectType", query.objectType())
                .and("e.objectId = :objectId", "objectId", query.objectId())
                .and("e.outcome = :outcome", "outcome", query.outcome())
                .and("e.occurredAt >= :from", "from", query.from())
                .and("e.occurredAt < :to", "to", query.to())
                .page(em, AuditEvent.class, "AuditEvent e", "e.occurredAt DESC, e.id DESC", page);
    }

    @Override
    public long countFailedLogins(String clientAddress, Instant since) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.outcome = :outcome "
                        + "AND e.clientAddress = :address AND e.occurredAt >= :since", Long.class)
                .setParameter("action", AuditAction.LOGIN)
                .setParameter("outcome", AuditOutcome.FAILURE)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .getSingleResult();
    }
}
