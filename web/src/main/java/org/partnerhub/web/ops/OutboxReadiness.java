package org.partnerhub.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.partnerhub.application.events.OutboxLag;
import org.partnerhub.application.events.OutboxMonitor;

/**
 * The outbox's lag in {@code /health/ready}: always UP, with {@code outboxLag: OK} or {@code WARN} (older than
 * {@code PARTNERHUB_EVENTS_LAG_WARN}) and the figures. A backlog is shared by every server of the database, so taking
 * this one out of the load balancer would not drain it — it would only take away capacity; the warning is for
 * monitoring, which reads the data (and the {@code partnerhub_outbox_*} metrics). An unreachable database is the
 * database check's business.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        try {
            OutboxLag lag = monitor.lag();
            return HealthCheckResponse.named("outbox").up()
                    .withData("outboxLag", lag.warning() ? "WARN" : "OK")
                    .withData("oldestUndeliveredSeconds", lag.age().toSeconds())
                    .withData("pending", lag.pending())
                    .withData("dead", lag.dead())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("outbox").up().withData("outboxLag", "UNKNOWN").build();
        }
    }
}
