package org.partnerhub.application.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.TooManyRequestsException;

/**
 * The limit on writes by people who are not signed in (partner applications, their documents, the status link's
 * acts, and the public forms to come): per client address and in total, as token buckets in this server's memory
 * (issue 18, finding 2). Each is {@code partnerhub.anon.per-address} / {@code partnerhub.anon.total} writes at once,
 * given back evenly over {@code partnerhub.anon.window}. Several servers each keep their own count.
 */
@ApplicationScoped
public class AnonymousWrites {

    private static final int MAX_ADDRESSES = 100_000;
    private static final String TOTAL = "";

    @Inject
    @ConfigProperty(name = "partnerhub.anon.per-address", defaultValue = "10")
    int perAddress;

    @Inject
    @ConfigProperty(name = "partnerhub.anon.total", defaultValue = "300")
    int total;

    @Inject
    @ConfigProperty(name = "partnerhub.anon.window", defaultValue = "PT10M")
    Duration window;

    private TokenBuckets addresses;
    private TokenBuckets overall;

    @PostConstruct
    void start() {
        addresses = new TokenBuckets(perAddress, window, MAX_ADDRESSES);
        overall = new TokenBuckets(total, window, 1);
    }

    /**
     * Takes one write of {@code clientAddress} and of the total.
     *
     * @throws TooManyRequestsException (429) with the seconds to wait, when either is used up
     */
    public void acquire(String clientAddress) {
        long now = System.nanoTime();
        String key = clientAddress == null ? "?" : clientAddress;
        long wait = addresses.take(key, now);
        if (wait > 0) {
            throw new TooManyRequestsException(Message.of("anon.throttled", wait), wait);
        }
        wait = overall.take(TOTAL, now);
        if (wait > 0) {
            addresses.giveBack(key);
            throw new TooManyRequestsException(Message.of("anon.busy", wait), wait);
        }
    }
}
