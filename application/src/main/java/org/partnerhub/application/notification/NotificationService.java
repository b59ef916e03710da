package org.partnerhub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.notification.Notification;
import org.partnerhub.domain.notification.NotificationRepository;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** The in-app inbox: telling people (all holders of a role, or one user) and letting them read what they were told. */
@ApplicationScoped
@Transactional
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    AccountRepository accounts;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    /** One notification for every enabled account with the role, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int notifyRole(Role role, String messageKey, List<String> args, String link) {
        List<Long> recipients = accounts.enabledIdsWithRole(role);
        recipients.forEach(id -> notifications.add(new Notification(id, messageKey, args, link, clock.instant())));
        return recipients.size();
    }

    /**
     * Tells every enabled account with the role of one more event of a kind that may come in bursts (anyone can submit
     * an application): an account that still has an unread notice of the kind gets that notice updated — counting the
     * events since it was read, naming the latest — instead of a new one. {@code args} are the latest event's; the
     * folded notice reads {@code foldedKey} with the count before them. In a transaction of its own; the notice's row
     * is locked while it is folded into, so simultaneous events count one after the other.
     *
     * @param kinds the message keys of a single event of the kind (they fold together)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int notifyRoleFolded(Role role, String messageKey, java.util.Set<String> kinds, String foldedKey,
            List<String> args, String link, String foldedLink) {
        List<Long> recipients = accounts.enabledIdsWithRole(role);
        java.util.Set<String> keys = new java.util.HashSet<>(kinds);
        keys.add(messageKey);
        keys.add(foldedKey);
        for (Long id : recipients) {
            java.util.Optional<Notification> open = notifications.findUnreadForUpdate(id, keys);
            if (open.isEmpty()) {
                notifications.add(new Notification(id, messageKey, args, link, clock.instant()));
                continue;
            }
            Notification notice = open.get();
            int count = 2;
            if (notice.getMessageKey().equals(foldedKey) && !notice.getMessageArgs().isEmpty()) {
                try {
                    count = Integer.parseInt(notice.getMessageArgs().get(0)) + 1;
                } catch (NumberFormatException e) {
                    count = 2;
                }
            }
            List<String> folded = new java.util.ArrayList<>();
            folded.add(String.valueOf(count));
            folded.addAll(args);
            notice.fold(foldedKey, folded, foldedLink, clock.instant());
        }
        return recipients.size();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notifyUser(Long userId, String messageKey, List<String> args, String link) {
        notifications.add(new Notification(userId, messageKey, args, link, clock.instant()));
    }

    /**
     * One notification for each of these users, in the caller's transaction (so that what the caller records of the
     * sending, e.g. the matching context's sent pairs, commits or rolls back with it).
     */
    public int notifyUsers(Collection<Long> userIds, String messageKey, List<String> args, String link) {
        userIds.forEach(id -> notifications.add(new Notification(id, messageKey, args, link, clock.instant())));
        return userIds.size();
    }

    public Page<Notification> inbox(Actor actor, PageRequest page) {
        access.requireSignedIn(actor);
        return notifications.forRecipient(actor.userId(), page);
    }

    public long unread(Actor actor) {
        return actor == null || !actor.isAuthenticated() ? 0 : notifications.unreadCount(actor.userId());
    }

    public int markAllRead(Actor actor) {
        access.requireSignedIn(actor);
        return notifications.markAllRead(actor.userId(), clock.instant());
    }
}
