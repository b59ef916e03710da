package org.partnerhub.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one clock every service reads the time from, so that tests and rules agree on "now". */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // microseconds, the precision of DATETIME(6): a time read back from the database equals the one written
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
