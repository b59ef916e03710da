package org.partnerhub.application.events;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import org.partnerhub.domain.shared.DistrictTime;

/**
 * Builds an event body in the documented form (docs/EVENTS.md): ids as strings, times ISO-8601 with the district's
 * offset, money in fen as integers, absent values as JSON null (a field is always there, so the shape is stable).
 */
public final class EventBody {

    private final JsonObjectBuilder json = Json.createObjectBuilder();

    private EventBody() {}

    public static EventBody create() {
        return new EventBody();
    }

    public EventBody id(String name, Object id) {
        if (id == null) {
            json.addNull(name);
        } else {
            json.add(name, String.valueOf(id));
        }
        return this;
    }

    public EventBody text(String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, String.valueOf(value));
        }
        return this;
    }

    public EventBody number(String name, Number value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.add(name, value.longValue());
        } else {
            json.add(name, value.doubleValue());
        }
        return this;
    }

    public EventBody flag(String name, boolean value) {
        json.add(name, value);
        return this;
    }

    public EventBody time(String name, Instant value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(DistrictTime.ZONE).toOffsetDateTime()));
        }
        return this;
    }

    public EventBody texts(String name, Collection<?> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        if (values != null) {
            values.forEach(v -> array.add(String.valueOf(v)));
        }
        json.add(name, array);
        return this;
    }

    public JsonObject build() {
        return json.build();
    }
}
