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
        // Whole seconds, so that a time read back from the database equals the one written on every engine: MySQL
        // Connector/J takes MariaDB 10.x for MySQL 5.5 and drops the fractions of every time it sends there, and a time
        // answered from memory (12:00:01.7) that is later than the stored one (12:00:01) would make a change feed
        // (?updatedSince=) miss the records written in the rest of that second. Orders break ties by id.
        return Clock.tick(Clock.systemUTC(), Duration.ofSeconds(1));
    }
}
