package org.partnerhub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.partnerhub.application.account.MessageContacts;
import org.partnerhub.application.account.MessageContacts.Contact;
import org.partnerhub.application.events.EventConsumer;
import org.partnerhub.application.events.StoredEvent;
import org.partnerhub.domain.notification.Notification;
import org.partnerhub.domain.notification.NotificationKind;
import org.partnerhub.domain.notification.SentMessage;
import org.partnerhub.domain.shared.Messages;

/**
 * Sends each in-app notification also outside the browser — by e-mail, and by any later {@link OutboundMessageSender}
 * — on the channel of each configured sender, listening to the internal {@code notification.created} event. The text is
 * the notification's bundle key and arguments, rendered in the reader's chosen language. Idempotent per channel and
 * event: what was sent (or deliberately not sent) is recorded in {@code sent_message}, and a redelivered event finds it.
 */
@ApplicationScoped
public class OutboundNotifications implements EventConsumer {

    public static final String EVENT_TYPE = "notification.created";
    private static final Logger LOG = Logger.getLogger(OutboundNotifications.class.getName());

    @Inject
    Instance<OutboundMessageSender> senders;

    @Inject
    OutboundLedger ledger;

    @Inject
    MessageContacts contacts;

    @Inject
    MailSettings mailSettings;

    @Override
    public List<String> channelsFor(StoredEvent event) {
        if (!EVENT_TYPE.equals(event.type())) {
            return List.of();
        }
        return senders.stream().filter(OutboundMessageSender::configured).map(OutboundMessageSender::channel).toList();
    }

    @Override
    public void deliver(String channel, StoredEvent event) throws Exception {
        Optional<OutboundMessageSender> sender = senders.stream().filter(s -> s.channel().equals(channel)).findFirst();
        if (sender.isEmpty() || ledger.handled(channel, event.eventId())) {
            return;
        }
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(event.bodyJson()))) {
            body = reader.readObject();
        }
        Long notificationId = id(body, "notificationId");
        Long recipientId = id(body, "recipientUserId");
        Optional<Notification> notification = ledger.notification(notificationId);
        Optional<Contact> contact = contacts.of(recipientId);
        if (notification.isEmpty() || contact.isEmpty() || !contact.get().enabled()) {
            ledger.record(channel, event.eventId(), recipientId, SentMessage.Outcome.NO_RECIPIENT);
            return;
        }
        Contact to = contact.get();
        String address = address(channel, to);
        if (address == null) {
            ledger.record(channel, event.eventId(), recipientId, SentMessage.Outcome.NO_ADDRESS);
            return;
        }
        NotificationKind kind = NotificationKind.of(notification.get().getMessageKey());
        if (!to.mailKinds().contains(kind)) {
            ledger.record(channel, event.eventId(), recipientId, SentMessage.Outcome.OPTED_OUT);
            return;
        }
        sender.get().send(render(notification.get(), to, address));
        ledger.record(channel, event.eventId(), recipientId, SentMessage.Outcome.SENT);
        LOG.fine(() -> "Sent notification " + notificationId + " on " + channel + " to user " + recipientId);
    }

    /** An id in the event's body, written as a number or as text. */
    private static Long id(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value instanceof JsonNumber number) {
            return number.longValueExact();
        }
        if (value instanceof JsonString text) {
            return Long.valueOf(text.getString());
        }
        throw new IllegalArgumentException("notification.created without " + name);
    }

    /** The recipient's address on the channel (null: none). */
    private static String address(String channel, Contact contact) {
        return MailSender.CHANNEL.equals(channel) ? contact.email() : null;
    }

    OutboundMessage render(Notification n, Contact to, String address) {
        Locale locale = to.language().locale();
        String text = Messages.format(locale, n.getMessageKey(), n.getMessageArgs().toArray());
        String link = mailSettings.link(n.getLink());
        String subject = Messages.format(locale, "mail.notification.subject", text);
        String body = Messages.format(locale, "mail.notification.body", to.displayName(), text,
                link == null ? "" : link);
        return new OutboundMessage(address, subject, body);
    }
}
