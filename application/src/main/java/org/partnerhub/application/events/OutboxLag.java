package org.partnerhub.application.events;

import java.time.Duration;

/**
 * The outbox's backlog at one moment: {@code age} of the oldest event not yet delivered on some channel (zero when none
 * is waiting), {@code pending} open deliveries, {@code dead} dead letters, and whether the age is above the configured
 * warning threshold.
 */
public record OutboxLag(Duration age, long pending, long dead, boolean warning) {
}
