package org.partnerhub.application.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.notification.SentMessage;
import org.partnerhub.domain.notification.SentMessageRepository;

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
