package org.partnerhub.application.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.events.internal.EventStore;
import org.partnerhub.application.events.internal.EventsWritten;
import org.partnerhub.application.shared.SchemaReady;

/**
 * Hands the outbox's events to every {@link EventConsumer}, on every server, with no cluster lock: each run first fans
 * the newly committed events out (a delivery row per consumer channel, in turns over one counter row), then claims due
 * deliveries by a conditional UPDATE with its run id and a lease (IntentExpiry's pattern) and delivers them outside any
 * transaction. A delivery waits while an earlier one of its channel and aggregate is still open (PENDING or RETRYING),
 * so each channel sees an aggregate's events in order; a DEAD or CANCELLED one no longer holds the rest back. A
 * failure is retried after {@link EventSettings#backoff(int)} and is dead after {@link EventSettings#maxAttempts()}
 * attempts; a server that dies while delivering leaves a claim whose lease runs out, and any server delivers it again
 * (at least once: consumers are idempotent per channel and event id).
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());

    /** Rounds of one run at most, so that a flood cannot keep one thread forever. */
    private static final int MAX_ROUNDS = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    EventStore store;

    @Inject
    EventSettings settings;

    @Inject
    @Any
    Instance<EventConsumer> consumers;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile boolean started;
    private ScheduledFuture<?> scheduled;

    void start(@Observes @Priority(600) SchemaReady ready) {
        started = true;
        long millis = settings.poll().toMillis();
        scheduled = scheduler.scheduleWithFixedDelay(this::runSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** After a commit that wrote events: deliver now rather than at the next poll (losing a nudge only delays). */
    void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsWritten written) {
        if (!started) {
            return;
        }
        again.set(true);
        // one queued run at a time, however many events a transaction wrote; a run in progress sees "again"
        if (nudged.compareAndSet(false, true)) {
            try {
                executor.submit(() -> {
                    nudged.set(false);
                    runSafely();
                });
            } catch (RuntimeException e) {
                nudged.set(false);
                LOG.log(Level.FINE, "Dispatcher nudge refused; the poll will deliver", e);
            }
        }
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            // nothing half-done stays: each step is its own transaction, and the next poll goes on
            LOG.log(Level.WARNING, "Event dispatch failed", e);
        }
    }

    /**
     * Fans out and delivers until nothing is left that is due (or a bound on the rounds); returns the deliveries made
     * by this call. Another run of this server in progress makes this call return 0 at once (it will run again).
     */
    public int run() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return 0;
        }
        int done = 0;
        try {
            int rounds = 0;
            boolean more;
            do {
                again.set(false);
                Round round = runOnce();
                more = round.fanned() + round.delivered() > 0;
                done += round.delivered();
                rounds++;
            } while ((more || again.get()) && rounds < MAX_ROUNDS);
        } finally {
            running.set(false);
        }
        return done;
    }

    private record Round(int fanned, int delivered) {}

    /** One fan-out of everything new and one batch of due deliveries; how much it did. */
    private Round runOnce() {
        Map<String, EventConsumer> byName = consumersByName();
        int fanned = 0;
        int count;
        do {
            count = store.fanOut(settings.batch(), clock.instant(), event -> targets(byName, event));
            fanned += count;
        } while (count == settings.batch());
        return new Round(fanned, deliverDue(byName));
    }

    private int deliverDue(Map<String, EventConsumer> byName) {
        String run = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<EventStore.Claimed> claimed = store.claim(run, now, now.plus(settings.lease()), settings.batch());
        for (EventStore.Claimed delivery : claimed) {
            deliver(run, delivery, byName.get(delivery.consumer()));
        }
        return claimed.size();
    }

    private void deliver(String run, EventStore.Claimed delivery, EventConsumer consumer) {
        try {
            if (consumer == null) {
                throw new IllegalStateException("No consumer " + delivery.consumer() + " on this server");
            }
            consumer.deliver(delivery.channel(), delivery.event());
            store.delivered(delivery.deliveryId(), run, clock.instant());
        } catch (Exception e) {
            int attempts = delivery.attempts() + 1;
            Instant now = clock.instant();
            Instant next = attempts >= settings.maxAttempts() ? null : now.plus(settings.backoff(attempts));
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.log(next == null ? Level.WARNING : Level.FINE, "Delivery {0} of event {1} on {2} failed ({3}): {4}",
                    new Object[] {delivery.deliveryId(), delivery.event().eventId(), delivery.channel(),
                        next == null ? "dead" : "will retry", error});
            store.failed(delivery.deliveryId(), run, now, next, error);
        }
    }

    private static List<EventStore.Target> targets(Map<String, EventConsumer> byName, StoredEvent event) {
        List<EventStore.Target> targets = new ArrayList<>();
        byName.forEach((name, consumer) -> {
            for (String channel : consumer.channelsFor(event)) {
                if (channel != null && !channel.isBlank() && channel.length() <= 64) {
                    targets.add(new EventStore.Target(channel, name));
                } else {
                    LOG.log(Level.WARNING, "Consumer {0} named an invalid channel {1}", new Object[] {name, channel});
                }
            }
        });
        return targets;
    }

    /** The consumers by their bean class name (what a delivery row keeps), in a stable order. */
    Map<String, EventConsumer> consumersByName() {
        Map<String, EventConsumer> byName = new LinkedHashMap<>();
        consumers.handles().forEach(handle -> byName.put(handle.getBean().getBeanClass().getName(), handle.get()));
        return byName;
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
