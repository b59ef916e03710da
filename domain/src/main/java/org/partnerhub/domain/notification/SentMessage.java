package org.partnerhub.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that an outbound channel (e-mail, later SMS or WeChat) has handled an event: sent it, or decided not to
 * (the reader has no address, or opted out). A redelivered event finds it and sends nothing twice.
 */
@Entity
@Table(name = "sent_message")
@IdClass(SentMessage.Key.class)
public class SentMessage {

    /** Sent, or deliberately skipped (and why). */
    public enum Outcome { SENT, NO_ADDRESS, OPTED_OUT, NO_RECIPIENT }

    /** The key: one row per channel and event. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String channel;
        private String eventId;

        public Key() {
            // for JPA
        }

        public Key(String channel, String eventId) {
            this.channel = channel;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(channel, other.channel) && Objects.equals(eventId, other.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, eventId);
        }
    }

    @Id
    @Column(name = "channel", length = 64)
    private String channel;

    @Id
    @Column(name = "event_id", length = 64)
    private String eventId;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "outcome", nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentMessage() {
        // for JPA
    }

    public SentMessage(String channel, String eventId, Long recipientId, Outcome outcome, Instant now) {
        this.channel = Objects.requireNonNull(channel);
        this.eventId = Objects.requireNonNull(eventId);
        this.recipientId = recipientId;
        this.outcome = Objects.requireNonNull(outcome);
        this.sentAt = now;
    }

    public String getChannel() {
        return channel;
    }

    public String getEventId() {
        return eventId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
