package org.partnerhub.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.partnerhub.application.events.OutboxLag;
import org.partnerhub.application.events.OutboxMonitor;

/**
 * The outbox's lag on {@code /metrics}: {@code partnerhub_outbox_lag_seconds} (name partnerhub_outbox_lag, unit seconds) (age of the oldest undelivered event),
 * {@code partnerhub_outbox_pending} (open deliveries) and {@code partnerhub_outbox_dead} (dead letters).
 */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxMonitor monitor;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("partnerhub_outbox_lag", "Age of the oldest event not yet delivered on some channel",
                MetricUnits.SECONDS, lag -> lag.age().toSeconds());
        gauge("partnerhub_outbox_pending", "Deliveries still to be made (pending or retrying)", MetricUnits.NONE,
                OutboxLag::pending);
        gauge("partnerhub_outbox_dead", "Dead letters: deliveries given up after the configured attempts",
                MetricUnits.NONE, OutboxLag::dead);
    }

    private void gauge(String name, String description, String unit, ToLongFunction<OutboxLag> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).withUnit(unit).build(),
                monitor, m -> {
                    try {
                        return value.applyAsLong(m.lag());
                    } catch (RuntimeException e) {
                        return -1L;
                    }
                });
    }
}
