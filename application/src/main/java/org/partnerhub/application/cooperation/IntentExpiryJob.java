package org.partnerhub.application.cooperation;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.shared.SchemaReady;

/**
 * Runs {@link IntentExpiry} on every server, every few minutes (configurable), from the start on. No cluster lock is
 * needed: the expiry itself is safe to run on several servers at once.
 */
@ApplicationScoped
public class IntentExpiryJob {

    private static final Logger LOG = Logger.getLogger(IntentExpiryJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    IntentExpiry expiry;

    @Inject
    CooperationSettings settings;

    @Inject
    Clock clock;

    private ScheduledFuture<?> scheduled;

    void start(@Observes @Priority(500) SchemaReady ready) {
        int minutes = settings.expiryCheckMinutes();
        scheduled = scheduler.scheduleWithFixedDelay(this::run, 1, minutes, TimeUnit.MINUTES);
    }

    /** Expires every due intent now, batch after batch; how many this server expired. */
    public int run() {
        int total = 0;
        try {
            int expired;
            do {
                expired = expiry.expireBatch(clock.instant());
                total += expired;
            } while (expired > 0);
            if (total > 0) {
                LOG.log(Level.INFO, "Expired intents: {0}", total);
            }
        } catch (RuntimeException e) {
            // the next run tries again; nothing half-done stays, each batch is its own transaction
            LOG.log(Level.WARNING, "Intent expiry failed", e);
        }
        return total;
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
