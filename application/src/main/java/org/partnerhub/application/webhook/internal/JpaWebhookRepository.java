package org.partnerhub.application.webhook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.webhook.WebhookAttempt;
import org.partnerhub.domain.webhook.WebhookRepository;
import org.partnerhub.domain.webhook.WebhookStatus;
import org.partnerhub.domain.webhook.WebhookSubscription;

@ApplicationScoped
class JpaWebhookRepository implements WebhookRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public void add(WebhookSubscription subscription) {
        em.persist(subscription);
        em.flush();
    }

    @Override
    public Optional<WebhookSubscription> find(Long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id));
    }

    @Override
    public Optional<WebhookSubscription> findForUpdate(Long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void remove(WebhookSubscription subscription) {
        em.createQuery("DELETE FROM WebhookAttempt a WHERE a.subscriptionId = :id")
                .setParameter("id", subscription.getId())
                .executeUpdate();
        em.remove(subscription);
    }

    @Override
    public List<WebhookSubscription> enabled() {
        return em.createQuery("SELECT w FROM WebhookSubscription w WHERE w.status = :status ORDER BY w.id",
                        WebhookSubscription.class)
                .setParameter("status", WebhookStatus.ENABLED)
                .getResultList();
    }

    @Override
    public Page<WebhookSubscription> list(Long ownerId, PageRequest page) {
        return new Filter()
                .and("w.ownerId = :owner", "owner", ownerId)
                .page(em, WebhookSubscription.class, "WebhookSubscription w", "w.id DESC", page);
    }

    @Override
    public void addAttempt(WebhookAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public List<WebhookAttempt> attempts(Long subscriptionId, java.util.Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM WebhookAttempt a WHERE a.subscriptionId = :s AND a.eventId IN :ids "
                        + "ORDER BY a.id DESC", WebhookAttempt.class)
                .setParameter("s", subscriptionId)
                .setParameter("ids", eventIds)
                .getResultList();
    }
}
