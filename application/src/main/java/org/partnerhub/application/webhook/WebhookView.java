package org.partnerhub.application.webhook;

import java.time.Instant;
import java.util.List;
import org.partnerhub.domain.webhook.WebhookSubscription;

/** A webhook endpoint as its owner sees it; never its secret. */
public record WebhookView(Long id, String url, List<String> eventTypes, String status, Long ownerId,
        Instant createdAt, Instant lastSuccessAt, Instant failingSince, Instant disabledAt) {

    static WebhookView of(WebhookSubscription w) {
        return new WebhookView(w.getId(), w.getUrl(), List.copyOf(w.getEventTypes()), w.getStatus().name(),
                w.getOwnerId(), w.getCreatedAt(), w.getLastSuccessAt(), w.getFailingSince(), w.getDisabledAt());
    }
}
