package org.partnerhub.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook settings, from MicroProfile Config (environment: {@code PARTNERHUB_WEBHOOKS_ALLOW_PRIVATE},
 * {@code PARTNERHUB_WEBHOOKS_DISABLE_AFTER}, {@code PARTNERHUB_WEBHOOKS_CONNECT_TIMEOUT},
 * {@code PARTNERHUB_WEBHOOKS_READ_TIMEOUT}; durations in ISO-8601, {@code P3D}, {@code PT30S}).
 */
@ApplicationScoped
public class WebhookSettings {

    private static final Logger LOG = Logger.getLogger(WebhookSettings.class.getName());

    @Inject
    @ConfigProperty(name = "partnerhub.webhooks.allow-private", defaultValue = "false")
    boolean allowPrivate;

    @Inject
    @ConfigProperty(name = "partnerhub.webhooks.disable-after", defaultValue = "P3D")
    String disableAfter;

    @Inject
    @ConfigProperty(name = "partnerhub.webhooks.connect-timeout", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "partnerhub.webhooks.read-timeout", defaultValue = "PT10S")
    String readTimeout;

    /** Whether endpoints on loopback, link-local and private addresses are allowed (tests, closed networks). */
    public boolean allowPrivate() {
        return allowPrivate;
    }

    /** How long every delivery to an endpoint may fail before it is disabled. */
    public Duration disableAfter() {
        return duration("partnerhub.webhooks.disable-after", disableAfter, Duration.ofDays(3));
    }

    public Duration connectTimeout() {
        return duration("partnerhub.webhooks.connect-timeout", connectTimeout, Duration.ofSeconds(5));
    }

    /** How long the endpoint may take to answer once connected. */
    public Duration readTimeout() {
        return duration("partnerhub.webhooks.read-timeout", readTimeout, Duration.ofSeconds(10));
    }

    static Duration duration(String name, String value, Duration fallback) {
        try {
            Duration parsed = Duration.parse(value.strip());
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // fall through
        }
        LOG.warning(() -> name + "=" + value + " is not a positive ISO-8601 duration; using " + fallback);
        return fallback;
    }
}
