package org.partnerhub.application.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.partnerhub.application.events.EventConsumer;
import org.partnerhub.application.events.StoredEvent;

/**
 * A consumer of the durable {@code need.published} and {@code supply.published} events: the other side of the newly
 * published record's best matches is told, in a transaction of its own (a failure there never undoes the publishing,
 * and is retried; a rolled-back publishing wrote no event). Idempotent by its natural key: each side hears of a pair
 * once ({@code match_notice}), so a second delivery tells nobody again. Imports tell nobody (no flood of notices).
 */
@ApplicationScoped
public class MatchNotifications implements EventConsumer {

    static final String CHANNEL = "notifications:matches";

    @Inject
    MatchNotifier notifier;

    @Override
    public List<String> channelsFor(StoredEvent event) {
        return ("need.published".equals(event.type()) || "supply.published".equals(event.type())
                || "supply.resumed".equals(event.type()))
                && !body(event).getBoolean("imported", false) ? List.of(CHANNEL) : List.of();
    }

    @Override
    public void deliver(String channel, StoredEvent event) {
        Long id = Long.valueOf(event.aggregateId());
        if ("need.published".equals(event.type())) {
            notifier.needPublished(id);
        } else {
            notifier.supplyPublished(id);
        }
    }

    private static JsonObject body(StoredEvent event) {
        return Json.createReader(new StringReader(event.bodyJson())).readObject();
    }
}
