package org.partnerhub.application.shared;

import java.time.Instant;

/**
 * One entry of a list read with {@code ?updatedSince=} (a sync): either the record as the reader sees it now, or — for
 * a record the reader could see before and no longer can (withdrawn, closed, merged, paused, its partner suspended …)
 * — a tombstone that says which record left and when, and nothing else about it.
 */
public record Synced<V>(V view, Tombstone tombstone) {

    public static <V> Synced<V> of(V view) {
        return new Synced<>(view, null);
    }

    public static <V> Synced<V> gone(Tombstone tombstone) {
        return new Synced<>(null, tombstone);
    }

    /** A record that left the reader's list: its id, its status now, what it was merged into, when it changed. */
    public record Tombstone(Long id, String status, Long mergedIntoId, Instant updatedAt) {}
}
