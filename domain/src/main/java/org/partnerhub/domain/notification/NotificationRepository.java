package org.partnerhub.domain.notification;

import java.util.Optional;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** The inboxes. */
public interface NotificationRepository {

    void add(Notification notification);

    Optional<Notification> find(Long id);

    /** A user's notifications, newest first. */
    Page<Notification> forRecipient(Long recipientId, PageRequest page);

    long unreadCount(Long recipientId);

    /** The newest unread notification of the recipient with one of these message keys, locked until commit. */
    Optional<Notification> findUnreadForUpdate(Long recipientId, java.util.Collection<String> messageKeys);

    int markAllRead(Long recipientId, java.time.Instant now);
}
