package org.partnerhub.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.application.events.Deliveries;
import org.partnerhub.application.events.DeliveryView;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.webhook.WebhookAttempt;
import org.partnerhub.domain.webhook.WebhookRepository;
import org.partnerhub.domain.webhook.WebhookSubscription;

/**
 * Webhook subscriptions: the district's administrators and integrators subscribe URLs to the events they may see,
 * read the delivery log, redeliver, and enable an endpoint that was disabled after failing. An administrator sees
 * and manages every endpoint; anyone else only their own (another's is, to them, one that does not exist).
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final String SECRET_PURPOSE = "webhook_subscription.secret";
    /** How far back the delivery log is searched for a delivery to redeliver. */
    private static final int REDELIVERY_SEARCH_PAGES = 50;

    @Inject
    WebhookRepository webhooks;

    @Inject
    Deliveries deliveries;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    UrlGuard guard = new UrlGuard(UrlGuard.SYSTEM);

    /** The channel on which the dispatcher delivers to an endpoint. */
    public static String channel(Long webhookId) {
        return "webhook:" + webhookId;
    }

    public CreatedWebhook create(Actor actor, String url, List<String> eventTypes) {
        access.require(actor, Permission.MANAGE_WEBHOOKS);
        List<FieldError> errors = new ArrayList<>();
        String cleanUrl = url == null ? null : url.strip();
        try {
            guard.check(cleanUrl, settings.allowPrivate());
        } catch (InvalidValueException e) {
            errors.add(new FieldError("url", null, e.message()));
        }
        Set<String> types = new LinkedHashSet<>();
        if (eventTypes != null) {
            for (int i = 0; i < eventTypes.size(); i++) {
                String type = eventTypes.get(i) == null ? null : eventTypes.get(i).strip();
                if (!WebhookEventTypes.known(type)) {
                    errors.add(FieldError.of("eventTypes[" + i + "]", "webhook.eventType.unknown",
                            String.valueOf(eventTypes.get(i))));
                } else {
                    types.add(type);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = new WebhookSubscription(actor, cleanUrl, types,
                cipher.seal(secret, SECRET_PURPOSE), clock.instant());
        webhooks.add(subscription);
        audit.record(actor, AuditAction.WEBHOOK_CHANGED, "webhook", subscription.getId(), AuditOutcome.SUCCESS,
                "subscribed " + cleanUrl + (types.isEmpty() ? " to all events" : " to " + String.join(",", types)));
        return new CreatedWebhook(WebhookView.of(subscription), secret);
    }

    /** The caller's own endpoints; an administrator's list holds every endpoint. */
    public Page<WebhookView> list(Actor actor, PageRequest page) {
        access.require(actor, Permission.MANAGE_WEBHOOKS);
        Long owner = actor.is(Role.DISTRICT_ADMIN) ? null : actor.userId();
        return webhooks.list(owner, page).map(WebhookView::of);
    }

    public WebhookView get(Actor actor, Long id) {
        return WebhookView.of(manageable(actor, id, false));
    }

    /** Deletes the endpoint; what was still waiting to be delivered to it is cancelled. */
    public void delete(Actor actor, Long id) {
        WebhookSubscription subscription = manageable(actor, id, true);
        deliveries.cancelPending(channel(id));
        webhooks.remove(subscription);
        audit.record(actor, AuditAction.WEBHOOK_CHANGED, "webhook", id, AuditOutcome.SUCCESS, "deleted");
    }

    /** The delivery log: the dispatcher's deliveries, newest first, each with the HTTP attempts made for it. */
    public Page<DeliveryLogEntry> deliveries(Actor actor, Long id, PageRequest page) {
        manageable(actor, id, false);
        Page<DeliveryView> views = deliveries.of(channel(id), page);
        Set<String> eventIds = views.items().stream().map(DeliveryView::eventId).collect(Collectors.toSet());
        Map<String, List<AttemptView>> attempts = webhooks.attempts(id, eventIds).stream()
                .collect(Collectors.groupingBy(WebhookAttempt::getEventId,
                        Collectors.mapping(AttemptView::of, Collectors.toList())));
        return views.map(d -> new DeliveryLogEntry(d, attempts.getOrDefault(d.eventId(), List.of())));
    }

    /** Delivers the event of one delivery again (same event, same webhook-id), whatever became of it. */
    public void redeliver(Actor actor, Long id, Long deliveryId) {
        WebhookSubscription subscription = manageable(actor, id, false);
        if (!subscription.isEnabled()) {
            throw new org.partnerhub.domain.shared.ConflictException(Message.of("webhook.disabled", id));
        }
        DeliveryView delivery = findDelivery(id, deliveryId);
        deliveries.redeliver(channel(id), delivery.sequence());
        audit.record(actor, AuditAction.WEBHOOK_CHANGED, "webhook", id, AuditOutcome.SUCCESS,
                "redelivery of " + delivery.eventId());
    }

    /** Turns a disabled endpoint on again; it receives the events from now on (and any redelivered). */
    public WebhookView enable(Actor actor, Long id) {
        WebhookSubscription subscription = manageable(actor, id, true);
        subscription.enable();
        audit.record(actor, AuditAction.WEBHOOK_CHANGED, "webhook", id, AuditOutcome.SUCCESS, "enabled");
        return WebhookView.of(subscription);
    }

    private DeliveryView findDelivery(Long id, Long deliveryId) {
        for (int p = 0; p < REDELIVERY_SEARCH_PAGES; p++) {
            Page<DeliveryView> page = deliveries.of(channel(id), PageRequest.of(p, PageRequest.MAX_SIZE));
            for (DeliveryView d : page.items()) {
                if (d.id() == deliveryId) {
                    return d;
                }
            }
            if ((long) (p + 1) * PageRequest.MAX_SIZE >= page.total()) {
                break;
            }
        }
        throw new NotFoundException(Message.of("webhook.delivery.notFound", deliveryId));
    }

    private WebhookSubscription manageable(Actor actor, Long id, boolean forUpdate) {
        access.require(actor, Permission.MANAGE_WEBHOOKS);
        WebhookSubscription subscription = (forUpdate ? webhooks.findForUpdate(id) : webhooks.find(id))
                .filter(w -> w.manageableBy(actor))
                .orElseThrow(() -> new NotFoundException(Message.of("webhook.notFound", id)));
        return subscription;
    }
}
