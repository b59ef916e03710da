package org.partnerhub.application.webhook;

import java.time.Instant;
import org.partnerhub.domain.webhook.WebhookAttempt;

/** One HTTP attempt of a delivery: when, the status answered (null: none), how long, the start of the answer. */
public record AttemptView(Instant at, Integer httpStatus, long durationMs, boolean succeeded, String responseExcerpt,
        String error) {

    static AttemptView of(WebhookAttempt a) {
        return new AttemptView(a.getAttemptedAt(), a.getHttpStatus(), a.getDurationMs(), a.isSucceeded(),
                a.getResponseExcerpt(), a.getError());
    }
}
