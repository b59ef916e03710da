package org.partnerhub.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.shared.ApiTime;

/**
 * JSON for the API's records, in both directions, with JSON-P only. Records map component by component, nulls are
 * left out, times are ISO-8601 with offset. Reading a body reports every field of the wrong type by its JSON path
 * ({@code serviceRegionCodes[2]}), so a client learns exactly which field to fix, in its own language; unknown fields
 * are ignored so that clients can send more than a version knows.
 *
 * <p>Written here rather than left to the server's JSON-B because the JSON-B implementation bundled with Payara 6
 * does not see record components, and because its errors name no field.
 */
public final class JsonCodec {

    private JsonCodec() {}

    // ---------------------------------------------------------------- writing

    public static void write(Object value, JsonGenerator out) {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String s) {
            out.write(s);
        } else if (value instanceof Boolean b) {
            out.write(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.write(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            out.write(d);
        } else if (value instanceof Number n) {
            out.write(n.doubleValue());
        } else if (value instanceof Enum<?> e) {
            out.write(e.name());
        } else if (value instanceof OffsetDateTime t) {
            out.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        } else if (value instanceof Instant i) {
            out.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ApiTime.of(i)));
        } else if (value instanceof LocalDate d) {
            out.write(d.toString());
        } else if (value instanceof Record r) {
            out.writeStartObject();
            writeFields(r, out);
            out.writeEnd();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            map.forEach((k, v) -> {
                if (v != null) {
                    out.writeKey(String.valueOf(k));
                    write(v, out);
                }
            });
            out.writeEnd();
        } else if (value instanceof Collection<?> items) {
            out.writeStartArray();
            items.forEach(item -> write(item, out));
            out.writeEnd();
        } else if (value.getClass().isArray()) {
            out.writeStartArray();
            for (int i = 0; i < Array.getLength(value); i++) {
                write(Array.get(value, i), out);
            }
            out.writeEnd();
        } else {
            throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
        }
    }

    private static void writeFields(Record record, JsonGenerator out) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
            if (value != null) {
                out.writeKey(component.getName());
                write(value, out);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads {@code json} as {@code type}; every misfit is collected and reported at once. */
    public static Object read(JsonValue json, Type type) {
        List<FieldError> errors = new ArrayList<>();
        Object result = convert(json, type, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    private static Object convert(JsonValue json, Type type, String path, List<FieldError> errors) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return defaultFor(type);
        }
        Class<?> raw = rawClass(type);
        try {
            if (raw == String.class) {
                if (!expect(json, JsonValue.ValueType.STRING, path, errors, "json.string")) {
                    return null;
                }
                String text = ((JsonString) json).getString();
                checkCharacters(text, path, errors);
                return text;
            }
            if (raw == Integer.class || raw == int.class) {
                return expectInteger(json, path, errors) ? ((JsonNumber) json).intValueExact() : defaultFor(type);
            }
            if (raw == Long.class || raw == long.class) {
                return expectInteger(json, path, errors) ? ((JsonNumber) json).longValueExact() : defaultFor(type);
            }
            if (raw == BigDecimal.class) {
                return expect(json, JsonValue.ValueType.NUMBER, path, errors, "json.number")
                        ? ((JsonNumber) json).bigDecimalValue() : null;
            }
            if (raw == Boolean.class || raw == boolean.class) {
                if (json == JsonValue.TRUE) {
                    return true;
                }
                if (json == JsonValue.FALSE) {
                    return false;
                }
                errors.add(FieldError.of(field(path), "json.boolean"));
                return defaultFor(type);
            }
            if (raw == LocalDate.class) {
                return expect(json, JsonValue.ValueType.STRING, path, errors, "json.date")
                        ? LocalDate.parse(((JsonString) json).getString()) : null;
            }
            if (raw == OffsetDateTime.class) {
                return expect(json, JsonValue.ValueType.STRING, path, errors, "json.instant")
                        ? OffsetDateTime.parse(((JsonString) json).getString()) : null;
            }
            if (raw.isEnum()) {
                return readEnum(json, raw, path, errors);
            }
            if (raw.isRecord()) {
                return readRecord(json, raw, path, errors);
            }
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw) || raw == Collection.class) {
                return readCollection(json, type, raw, path, errors);
            }
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field(path), raw == LocalDate.class ? "json.date" : "json.instant"));
            return null;
        } catch (ArithmeticException e) {
            errors.add(FieldError.of(field(path), "json.integer.range"));
            return defaultFor(type);
        }
        throw new IllegalArgumentException("No JSON reading for " + type.getTypeName());
    }

    private static Object readEnum(JsonValue json, Class<?> raw, String path, List<FieldError> errors) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends Enum> enumType = (Class<? extends Enum>) raw;
        if (json.getValueType() == JsonValue.ValueType.STRING) {
            @SuppressWarnings("unchecked")
            Object found = Enums.find(enumType, ((JsonString) json).getString());
            if (found != null) {
                return found;
            }
        }
        @SuppressWarnings("unchecked")
        String names = Enums.names((Class<? extends Enum<?>>) raw);
        errors.add(FieldError.of(field(path), "param.enum", json instanceof JsonString s ? s.getString() : json.toString(),
                names));
        return null;
    }

    private static Object readRecord(JsonValue json, Class<?> raw, String path, List<FieldError> errors) {
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(FieldError.of(field(path), "json.object"));
            return null;
        }
        JsonObject object = json.asJsonObject();
        RecordComponent[] components = raw.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int before = errors.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String childPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
            values[i] = convert(object.get(component.getName()), component.getGenericType(), childPath, errors);
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            Constructor<?> constructor = raw.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            // a record that validates itself in its constructor: its complaint goes back to the client
            if (e.getCause() instanceof InvalidInputException invalid) {
                invalid.errors().forEach(f -> errors.add(new FieldError(prefixed(path, f.field()), f.line(), f.message())));
                return null;
            }
            if (e.getCause() instanceof BusinessException business) {
                errors.add(new FieldError(field(path), null, business.message()));
                return null;
            }
            throw new IllegalStateException("Cannot create " + raw.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + raw.getName(), e);
        }
    }

    private static Object readCollection(JsonValue json, Type type, Class<?> raw, String path, List<FieldError> errors) {
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(FieldError.of(field(path), "json.array"));
            return null;
        }
        Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        JsonArray array = json.asJsonArray();
        Collection<Object> items = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(convert(array.get(i), element, path + "[" + i + "]", errors));
        }
        // an element that did not convert is null here and already reported; the collection is not used then
        List<Object> converted = items.stream().filter(x -> x != null).toList();
        return Set.class.isAssignableFrom(raw) ? Set.copyOf(converted) : converted;
    }

    private static boolean expect(JsonValue json, JsonValue.ValueType wanted, String path, List<FieldError> errors, String key) {
        if (json.getValueType() == wanted) {
            return true;
        }
        errors.add(FieldError.of(field(path), key));
        return false;
    }

    private static boolean expectInteger(JsonValue json, String path, List<FieldError> errors) {
        if (json.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) json).isIntegral()) {
            return true;
        }
        errors.add(FieldError.of(field(path), "json.integer"));
        return false;
    }

    private static Object defaultFor(Type type) {
        if (type == int.class) {
            return Integer.valueOf(0);
        }
        if (type == long.class) {
            return Long.valueOf(0L);
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("Unsupported type " + type.getTypeName());
    }

    /**
     * Names that hold one line (a title, a name, a code, a password): besides the control characters no text may
     * hold, these refuse tabs and line breaks. Any other text field may have lines.
     */
    private static final java.util.Set<String> SINGLE_LINE = java.util.Set.of("title", "name", "username",
            "displayName", "contactName", "contactPhone", "phone", "legalRepresentative", "creditCode", "code",
            "regionCode", "communityCode", "categoryCode", "homeRegionCode", "partnerId", "venue", "password",
            "currentPassword", "newPassword", "token", "checkInToken", "url", "filename", "role", "decision", "action");

    /** Refuses NUL and the other characters no text may hold (issue 18), naming the field. */
    private static void checkCharacters(String text, String path, List<FieldError> errors) {
        String name = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        boolean lines = !SINGLE_LINE.contains(name);
        int forbidden = org.partnerhub.domain.shared.Text.forbiddenCharacter(text, lines);
        if (forbidden >= 0) {
            boolean lineBreak = !lines && org.partnerhub.domain.shared.Text.forbiddenCharacter(text, true) < 0;
            errors.add(FieldError.of(field(path), lineBreak ? "text.singleLine" : "text.control",
                    org.partnerhub.domain.shared.Text.codePointName(forbidden)));
        }
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String prefixed(String path, String field) {
        if (field == null) {
            return field(path);
        }
        return path.isEmpty() ? field : path + "." + field;
    }
}
