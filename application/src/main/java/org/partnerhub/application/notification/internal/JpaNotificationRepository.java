package org.partnerhub.application.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.notification.Notification;
import org.partnerhub.domain.notification.NotificationRepository;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public Optional<Notification> find(Long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public Page<Notification> forRecipient(Long recipientId, PageRequest page) {
        return new Filter()
                .and("n.recipientId = :recipient", "recipient", recipientId)
                .page(em, Notification.class, "Notification n", "n.createdAt DESC, n.id DESC", page);
    }

    @Override
    public long unreadCount(Long recipientId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :r AND n.readAt IS NULL", Long.class)
                .setParameter("r", recipientId)
                .getSingleResult();
    }

    @Override
    public Optional<Notification> findUnreadForUpdate(Long recipientId, java.util.Collection<String> messageKeys) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :r AND n.readAt IS NULL "
                        + "AND n.messageKey IN :keys ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("r", recipientId)
                .setParameter("keys", List.copyOf(messageKeys))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int markAllRead(Long recipientId, Instant now) {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :r AND n.readAt IS NULL")
                .setParameter("now", now)
                .setParameter("r", recipientId)
                .executeUpdate();
    }
}
