package org.partnerhub.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One HTTP attempt to deliver an event to an endpoint, as its owner sees it in the delivery log. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    public static final int EXCERPT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private Long subscriptionId;

    @Column(name = "event_id", nullable = false, length = 64, updatable = false)
    private String eventId;

    @Column(name = "event_sequence", nullable = false, updatable = false)
    private long eventSequence;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    /** The answer's status; null when there was no answer (refused address, connection error, timeout). */
    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    @Column(name = "succeeded", nullable = false, updatable = false)
    private boolean succeeded;

    @Column(name = "response_excerpt", length = EXCERPT_MAX, updatable = false)
    private String responseExcerpt;

    @Column(name = "error", length = EXCERPT_MAX, updatable = false)
    private String error;

    protected WebhookAttempt() {
        // for JPA
    }

    public WebhookAttempt(Long subscriptionId, String eventId, long eventSequence, Instant attemptedAt,
            Integer httpStatus, long durationMs, boolean succeeded, String responseExcerpt, String error) {
        this.subscriptionId = Objects.requireNonNull(subscriptionId);
        this.eventId = Objects.requireNonNull(eventId);
        this.eventSequence = eventSequence;
        this.attemptedAt = Objects.requireNonNull(attemptedAt);
        this.httpStatus = httpStatus;
        this.durationMs = durationMs;
        this.succeeded = succeeded;
        this.responseExcerpt = cut(responseExcerpt);
        this.error = cut(error);
    }

    private static String cut(String text) {
        if (text == null || text.length() <= EXCERPT_MAX) {
            return text;
        }
        int end = EXCERPT_MAX;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    public Long getId() {
        return id;
    }

    public Long getSubscriptionId() {
        return subscriptionId;
    }

    public String getEventId() {
        return eventId;
    }

    public long getEventSequence() {
        return eventSequence;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public boolean isSucceeded() {
        return succeeded;
    }

    public String getResponseExcerpt() {
        return responseExcerpt;
    }

    public String getError() {
        return error;
    }
}
