package org.partnerhub.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.VersionRequiredException;

/**
 * JSON Merge Patch (RFC 7396) for {@code PATCH} with {@code application/merge-patch+json}: the patch is applied to the
 * record's representation as {@code GET} answers it, and the result is read as the {@code PUT} body, so a patch goes
 * through exactly the rules, field errors and history of a full edit. Members present change, {@code null} removes
 * (clears an optional field), absent members stay, objects merge recursively, arrays are replaced whole.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private MergePatch() {}

    /** RFC 7396 section 2, MergePatch(Target, Patch). */
    public static JsonValue apply(JsonValue target, JsonValue patch) {
        if (patch == null || patch.getValueType() != JsonValue.ValueType.OBJECT) {
            return patch;
        }
        JsonObject base = target != null && target.getValueType() == JsonValue.ValueType.OBJECT
                ? target.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        JsonObjectBuilder result = Json.createObjectBuilder(base);
        for (Map.Entry<String, JsonValue> member : patch.asJsonObject().entrySet()) {
            if (member.getValue().getValueType() == JsonValue.ValueType.NULL) {
                result.remove(member.getKey());
            } else {
                result.add(member.getKey(), apply(base.get(member.getKey()), member.getValue()));
            }
        }
        return result.build();
    }

    /**
     * The version the patch applies to, from {@code If-Match}: required (428 without), and it must be the version just
     * read, since the patch is merged into that representation. A stale one becomes a version no record has, so the
     * service refuses it with 412 after its own checks of who may edit (a stranger learns nothing from a 412).
     */
    public static long version(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequiredException();
        }
        long version = Params.version(ifMatch);
        return version == current ? version : -1L;
    }

    /** {@code current} (a response record) patched by {@code body}, read as {@code requestType}. */
    public static <T> T patched(Object current, String body, Class<T> requestType) {
        JsonValue patch = parse(body);
        if (patch.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInputException.of("body", "json.object");
        }
        JsonValue merged = apply(toJson(current), patch);
        return requestType.cast(JsonCodec.read(merged, requestType));
    }

    static JsonValue toJson(Object record) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = GENERATORS.createGenerator(text)) {
            JsonCodec.write(record, out);
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text.toString()))) {
            return reader.readValue();
        }
    }

    private static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(FieldError.of("body", "json.empty"));
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidInputException(FieldError.of("body", "json.syntax",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNumber()));
        } catch (JsonException e) {
            throw new InvalidInputException(FieldError.of("body", "json.empty"));
        }
    }
}
