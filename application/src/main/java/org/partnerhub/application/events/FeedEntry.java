package org.partnerhub.application.events;

/** One event of the feed: the event and its feed position (the cursor that comes after it). */
public record FeedEntry(long position, StoredEvent event) {
}
