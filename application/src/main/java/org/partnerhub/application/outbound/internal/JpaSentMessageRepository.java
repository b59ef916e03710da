package org.partnerhub.application.outbound.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.outbound.SentMessage;
import org.partnerhub.domain.outbound.SentMessageRepository;

@ApplicationScoped
class JpaSentMessageRepository implements SentMessageRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public boolean handled(String channel, String eventId) {
        return em.find(SentMessage.class, new SentMessage.Key(channel, eventId)) != null;
    }

    @Override
    public void add(SentMessage message) {
        em.persist(message);
    }
}
