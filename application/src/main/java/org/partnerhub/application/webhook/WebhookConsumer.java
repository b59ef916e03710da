package org.partnerhub.application.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.events.EventConsumer;
import org.partnerhub.application.events.StoredEvent;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.webhook.WebhookAttempt;
import org.partnerhub.domain.webhook.WebhookSubscription;

/**
 * Delivers events to the webhook endpoints that want them and whose owners may see them, one channel per endpoint
 * ({@code webhook:<id>}), per the Standard Webhooks specification: headers {@code webhook-id} (the event's id, the
 * same on every retry), {@code webhook-timestamp} and {@code webhook-signature}; body
 * {@code {"type", "timestamp", "data"}}. A 2xx answer is a delivery; any other answer, a redirect (never followed), a
 * timeout or a refused address is a failure that the dispatcher retries.
 */
@ApplicationScoped
public class WebhookConsumer implements EventConsumer {

    private static final int EXCERPT_BYTES = 2048;
    private static final String PREFIX = "webhook:";
    private static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    WebhookLedger ledger;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    UrlGuard guard = new UrlGuard(UrlGuard.SYSTEM);

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public List<String> channelsFor(StoredEvent event) {
        if (event.audience() == null || event.audience().internal()) {
            return List.of();
        }
        return ledger.enabled().stream()
                .filter(w -> w.wants(event.type()))
                .filter(w -> w.mayReceive(false, event.audience().isPublic(), event.audience().regionPath(),
                        event.audience().partnerId()))
                .map(WebhookSubscription::getId)
                .map(WebhookService::channel)
                .toList();
    }

    @Override
    public void deliver(String channel, StoredEvent event) throws Exception {
        if (!channel.startsWith(PREFIX)) {
            return;
        }
        Long id = Long.valueOf(channel.substring(PREFIX.length()));
        Optional<WebhookLedger.Target> found = ledger.target(id);
        if (found.isEmpty() || !found.get().enabled()) {
            // deleted, or disabled (its waiting deliveries were cancelled): it receives nothing
            return;
        }
        WebhookLedger.Target target = found.get();
        String body = body(event);
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Integer status = null;
        String excerpt = null;
        String error = null;
        try {
            URI uri = guard.check(target.url(), settings.allowPrivate());
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(settings.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "PartnerHub-Webhooks/1")
                    .header("webhook-id", event.eventId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(target.secret(), event.eventId(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            excerpt = excerpt(response.body());
            if (status < 200 || status > 299) {
                error = status >= 300 && status < 400 ? "redirect (not followed)" : "HTTP " + status;
            }
        } catch (InvalidValueException e) {
            error = "refused: " + e.message().render(java.util.Locale.ENGLISH);
        } catch (HttpTimeoutException e) {
            error = "timeout: " + e.getMessage();
        } catch (IOException e) {
            error = "connection failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        boolean ok = error == null;
        ledger.record(id, new WebhookAttempt(id, event.eventId(), event.sequence(), started, status, millis, ok,
                excerpt, error));
        if (!ok) {
            throw new WebhookDeliveryException("Webhook " + id + ": " + error);
        }
    }

    /**
     * The message body, per the Standard Webhooks specification: {@code type}, {@code timestamp} (when the event
     * happened, ISO-8601 with the district's offset) and {@code data} (the event's documented body); plus the envelope's
     * {@code id}, {@code sequence}, {@code aggregateType} and {@code aggregateId}, as in the event feed.
     */
    static String body(StoredEvent event) {
        String timestamp = OffsetDateTime.ofInstant(event.occurredAt(), DISTRICT_ZONE).toString();
        return "{\"id\":" + jsonString(event.eventId()) + ",\"type\":" + jsonString(event.type())
                + ",\"timestamp\":" + jsonString(timestamp) + ",\"sequence\":" + event.sequence()
                + ",\"aggregateType\":" + jsonString(event.aggregateType())
                + ",\"aggregateId\":" + jsonString(event.aggregateId()) + ",\"data\":" + event.bodyJson() + "}";
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String excerpt(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(EXCERPT_BYTES);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.isEmpty() ? null : text;
        }
    }

    /** A failed delivery; the dispatcher retries it. */
    public static class WebhookDeliveryException extends Exception {
        private static final long serialVersionUID = 1L;

        public WebhookDeliveryException(String message) {
            super(message);
        }
    }
}
