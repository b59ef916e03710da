package org.partnerhub.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message in a user's in-app inbox. Its text is a bundle key and arguments, rendered in the reader's language when
 * it is read; {@code link} is a page of the application.
 */
@Entity
@Table(name = "notification")
public class Notification {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    @Column(name = "link", length = 255)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(Long recipientId, String messageKey, List<String> args, String link, Instant now) {
        this.recipientId = Objects.requireNonNull(recipientId);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.messageArgs = args == null || args.isEmpty() ? null : String.join(SEPARATOR, args);
        this.link = link;
        this.createdAt = now;
    }

    /**
     * Folds one more event into this notice while it is unread, so that a burst of events (say, many applications)
     * makes one notice, not one each: it then reads {@code messageKey} with {@code args}, links to {@code link} and
     * moves to the top of the inbox as new.
     */
    public void fold(String messageKey, List<String> args, String link, Instant now) {
        if (readAt != null) {
            throw new IllegalStateException("a read notification is not folded into");
        }
        this.messageKey = Objects.requireNonNull(messageKey);
        this.messageArgs = args == null || args.isEmpty() ? null : String.join(SEPARATOR, args);
        this.link = link;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getMessageArgs() {
        return messageArgs == null ? List.of() : Arrays.asList(messageArgs.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
