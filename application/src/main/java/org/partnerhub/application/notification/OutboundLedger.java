package org.partnerhub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.partnerhub.domain.notification.Notification;
import org.partnerhub.domain.notification.NotificationRepository;
import org.partnerhub.domain.notification.SentMessage;
import org.partnerhub.domain.notification.SentMessageRepository;

/** The short transactions of an outbound delivery, which itself runs in none (an SMTP conversation may take seconds). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboundLedger {

    @Inject
    SentMessageRepository sent;

    @Inject
    NotificationRepository notifications;

    @Inject
    Clock clock;

    public boolean handled(String channel, String eventId) {
        return sent.handled(channel, eventId);
    }

    public Optional<Notification> notification(Long id) {
        return notifications.find(id);
    }

    public void record(String channel, String eventId, Long recipientId, SentMessage.Outcome outcome) {
        if (!sent.handled(channel, eventId)) {
            sent.add(new SentMessage(channel, eventId, recipientId, outcome, clock.instant()));
        }
    }
}
