package org.partnerhub.web.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.events.EventFeed;
import org.partnerhub.application.events.FeedEntry;
import org.partnerhub.application.events.FeedPage;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/** The event feed for systems that poll, and the replay of a delivery channel (docs/EVENTS.md). */
@Path("v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "events")
public class EventResource {

    /** One event of the feed. {@code cursor}: pass it as {@code after} to read on from just after this event. */
    public record EventDto(long sequence, String cursor, String id, String type, String aggregateType,
            String aggregateId, OffsetDateTime occurredAt, JsonObject data) {

        static EventDto of(FeedEntry entry) {
            var e = entry.event();
            return new EventDto(e.sequence(), String.valueOf(entry.position()), e.eventId(), e.type(),
                    e.aggregateType(), e.aggregateId(), ApiTime.of(e.occurredAt()),
                    Json.createReader(new StringReader(e.bodyJson())).readObject());
        }
    }

    /** A page of the feed and the cursor to read on with. */
    public record FeedDto(List<EventDto> items, String cursor) {}

    /** A replay request: every event from {@code fromSequence} (inclusive) again on {@code channel}. */
    public record ReplayRequest(String channel, Long fromSequence) {}

    /** How many deliveries the replay added. */
    public record ReplayDto(String channel, long fromSequence, int deliveries) {}

    @Inject
    EventFeed feed;

    @Inject
    RequestActor actor;

    @GET
    @Operation(operationId = "getEventFeed", summary = "Read the event feed",
            description = "Committed domain events, oldest first, that the caller may see: the district's "
                    + "administrators and auditors every event; others public events and those of their region and "
                    + "partner. after: the cursor of the previous page (0 or absent: from the start); types: a "
                    + "comma-separated list of event types; size: 1–500 (100). The answer's cursor is the one to pass "
                    + "next (the same as after when nothing new was there).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The events after the cursor")
    @APIResponse(responseCode = "400", description = "A bad after, types or size (the problem names it)")
    @APIResponse(responseCode = "401", description = "Not signed in: the feed is for accounts only")
    public FeedDto read(@QueryParam("after") String after, @QueryParam("types") String types,
            @QueryParam("size") String size) {
        Integer pageSize = Params.integer("size", size);
        FeedPage page = feed.read(actor.get(), cursor(after), types(types),
                pageSize == null ? EventFeed.DEFAULT_SIZE : pageSize);
        return new FeedDto(page.items().stream().map(EventDto::of).toList(), String.valueOf(page.cursor()));
    }

    @POST
    @Path("replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayEvents", summary = "Replay a delivery channel (district administrators)",
            description = "Delivers every event from fromSequence (inclusive, the events' sequence) again on the "
                    + "channel, in order, e.g. after a consumer lost its data or a dead letter was fixed.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "How many deliveries were added")
    @APIResponse(responseCode = "400", description = "A bad channel or fromSequence")
    @APIResponse(responseCode = "403", description = "Only the district's administrators replay")
    public ReplayDto replay(ReplayRequest body) {
        ReplayRequest request = body == null ? new ReplayRequest(null, null) : body;
        int added = feed.replay(actor.get(), request.channel(), request.fromSequence());
        return new ReplayDto(request.channel().strip(), request.fromSequence(), added);
    }

    private static long cursor(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw InvalidInputException.of("after", "events.cursor.invalid", raw);
    }

    private static Set<String> types(String raw) {
        Set<String> types = new LinkedHashSet<>();
        if (raw != null) {
            for (String type : raw.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.strip());
                }
            }
        }
        return types;
    }
}
