package org.partnerhub.application.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets by key, in memory: each key may take {@code capacity} at once and gets them back evenly over
 * {@code window}. At most {@code maxKeys} keys are tracked; beyond that the longest-unused key is forgotten (a full
 * bucket again), which only ever errs towards letting a request through.
 *
 * <p>One server's view only: with several servers each keeps its own buckets, so the limits multiply by their number.
 */
public final class TokenBuckets {

    private final int capacity;
    private final double tokensPerNano;
    private final Map<String, double[]> buckets;

    public TokenBuckets(int capacity, Duration window, int maxKeys) {
        if (capacity < 1 || window.isZero() || window.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("capacity and window must be positive");
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) window.toNanos();
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Takes one token of {@code key} at {@code nanoTime} (a monotonic clock, e.g. {@link System#nanoTime()}).
     *
     * @return 0 when taken; otherwise how many seconds until one is back (at least 1)
     */
    public synchronized long take(String key, long nanoTime) {
        double[] bucket = buckets.get(key); // {tokens, last refill}
        if (bucket == null) {
            bucket = new double[] {capacity, nanoTime};
            buckets.put(key, bucket);
        }
        double tokens = Math.min(capacity, bucket[0] + (nanoTime - (long) bucket[1]) * tokensPerNano);
        bucket[1] = nanoTime;
        if (tokens >= 1) {
            bucket[0] = tokens - 1;
            return 0;
        }
        bucket[0] = tokens;
        double nanosToOne = (1 - tokens) / tokensPerNano;
        return Math.max(1, (long) Math.ceil(nanosToOne / 1e9));
    }

    /** Gives a token back, e.g. when a later limit refused the request after this one took it. */
    public synchronized void giveBack(String key) {
        double[] bucket = buckets.get(key);
        if (bucket != null) {
            bucket[0] = Math.min(capacity, bucket[0] + 1);
        }
    }
}
