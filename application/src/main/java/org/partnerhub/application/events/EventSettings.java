package org.partnerhub.application.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dispatcher's settings, from MicroProfile Config (environment {@code PARTNERHUB_EVENTS_POLL},
 * {@code _RETRY_BASE}, {@code _RETRY_MAX}, {@code _MAX_ATTEMPTS}, {@code _LEASE}, {@code _BATCH},
 * {@code _LAG_WARN}); the README's configuration table describes them.
 */
@ApplicationScoped
public class EventSettings {

    @Inject
    @ConfigProperty(name = "partnerhub.events.poll", defaultValue = "PT1S")
    Duration poll;

    @Inject
    @ConfigProperty(name = "partnerhub.events.retry-base", defaultValue = "PT5S")
    Duration retryBase;

    @Inject
    @ConfigProperty(name = "partnerhub.events.retry-max", defaultValue = "PT1H")
    Duration retryMax;

    @Inject
    @ConfigProperty(name = "partnerhub.events.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "partnerhub.events.lease", defaultValue = "PT2M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "partnerhub.events.batch", defaultValue = "100")
    int batch;

    @Inject
    @ConfigProperty(name = "partnerhub.events.lag-warn", defaultValue = "PT5M")
    Duration lagWarn;

    /** How often each server looks for events to fan out and deliveries that are due. */
    public Duration poll() {
        return atLeast(poll, Duration.ofMillis(100));
    }

    /** The wait after the n-th failed attempt (n ≥ 1): base · 2^(n-1), at most {@link #retryMax()}. */
    public Duration backoff(int failedAttempts) {
        Duration base = atLeast(retryBase, Duration.ofMillis(1));
        int doublings = Math.min(Math.max(0, failedAttempts - 1), 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax()) > 0 ? retryMax() : wait;
    }

    public Duration retryMax() {
        return atLeast(retryMax, Duration.ofMillis(1));
    }

    /** Attempts after which a failing delivery is dead (a dead letter: kept, shown, replayable, no longer tried). */
    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** How long a claimed delivery is this server's; after that any server may take it again (a crash). */
    public Duration lease() {
        return atLeast(lease, Duration.ofSeconds(5));
    }

    public int batch() {
        return Math.max(1, Math.min(batch, 1000));
    }

    /** An undelivered delivery older than this turns the readiness check's outbox data into a warning. */
    public Duration lagWarn() {
        return atLeast(lagWarn, Duration.ofSeconds(1));
    }

    private static Duration atLeast(Duration value, Duration minimum) {
        return value == null || value.compareTo(minimum) < 0 ? minimum : value;
    }
}
