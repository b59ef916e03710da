package org.partnerhub.application.events;

import java.util.List;

/** A page of the feed, oldest first, and the cursor to ask for the next one with (the last position read). */
public record FeedPage(List<FeedEntry> items, long cursor) {

    public FeedPage {
        items = List.copyOf(items);
    }
}
