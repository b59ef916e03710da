package org.partnerhub.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    @Test
    void aKeyTakesItsCapacityAtOnceThenWaitsForTokensToComeBackEvenly() {
        TokenBuckets buckets = new TokenBuckets(10, Duration.ofMinutes(10), 100);
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("203.0.113.7", 0)).isZero();
        }
        assertThat(buckets.take("203.0.113.7", 0)).as("the 11th at once waits a minute").isEqualTo(60);
        assertThat(buckets.take("198.51.100.1", 0)).as("another address has its own bucket").isZero();
        assertThat(buckets.take("203.0.113.7", MINUTE / 2)).isEqualTo(30);
        assertThat(buckets.take("203.0.113.7", MINUTE)).as("one token back after a minute").isZero();
        assertThat(buckets.take("203.0.113.7", MINUTE)).isPositive();
        assertThat(buckets.take("203.0.113.7", 100 * MINUTE)).isZero();
    }

    @Test
    void aGivenBackTokenCanBeTakenAgainAndTheOldestKeysAreForgottenBeyondTheLimit() {
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofMinutes(1), 2);
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isPositive();
        buckets.giveBack("a");
        assertThat(buckets.take("a", 0)).isZero();
        buckets.take("b", 0);
        buckets.take("c", 0);
        assertThat(buckets.take("a", 0)).as("a was forgotten: its bucket is full again").isZero();
    }
}
