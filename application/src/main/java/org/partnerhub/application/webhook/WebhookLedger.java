package org.partnerhub.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.partnerhub.application.events.Deliveries;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.webhook.WebhookAttempt;
import org.partnerhub.domain.webhook.WebhookRepository;
import org.partnerhub.domain.webhook.WebhookSubscription;

/**
 * The short transactions around one HTTP delivery (which itself runs in none): reading the endpoint before, and after
 * it the attempt's line in the log and the endpoint's health — disabling it, cancelling what waits for it and telling
 * its owner when its deliveries have failed for too long.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookLedger {

    private static final Logger LOG = Logger.getLogger(WebhookLedger.class.getName());

    /** What a delivery needs of an endpoint; the secret in plain text, never stored or logged. */
    public record Target(Long id, String url, String secret, boolean enabled) {
        @Override
        public String toString() {
            return "Target[" + id + " " + url + "]";
        }
    }

    @Inject
    WebhookRepository webhooks;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    WebhookSettings settings;

    @Inject
    Deliveries deliveries;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<WebhookSubscription> enabled() {
        return webhooks.enabled();
    }

    public Optional<Target> target(Long id) {
        return webhooks.find(id).map(w -> new Target(w.getId(), w.getUrl(),
                cipher.open(w.getSecretSealed(), WebhookService.SECRET_PURPOSE), w.isEnabled()));
    }

    /**
     * Logs one attempt and updates the endpoint's health.
     *
     * @return whether this attempt disabled the endpoint
     */
    public boolean record(Long id, WebhookAttempt attempt) {
        Optional<WebhookSubscription> found = webhooks.findForUpdate(id);
        if (found.isEmpty()) {
            return false; // deleted while the request was on its way
        }
        WebhookSubscription subscription = found.get();
        webhooks.addAttempt(attempt);
        Instant now = clock.instant();
        if (attempt.isSucceeded()) {
            subscription.recordSuccess(now);
            return false;
        }
        if (!subscription.recordFailure(now, settings.disableAfter())) {
            return false;
        }
        int cancelled = deliveries.cancelPending(WebhookService.channel(id));
        audit.record(Actor.system(), AuditAction.WEBHOOK_CHANGED, "webhook", id, AuditOutcome.SUCCESS,
                "disabled: every delivery failed since " + subscription.getFailingSince() + "; " + cancelled
                        + " pending deliveries cancelled");
        notifications.notifyUser(subscription.getOwnerId(), "notify.account.webhookDisabled",
                List.of(String.valueOf(id), subscription.getUrl()), "/account");
        LOG.warning(() -> "Webhook " + id + " disabled after failing since " + subscription.getFailingSince());
        return true;
    }
}
