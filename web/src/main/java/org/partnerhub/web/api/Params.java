package org.partnerhub.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.PageRequest;

/**
 * Query parameters arrive as text and are converted here, so that a malformed one is a 400 naming the parameter (JAX-RS
 * itself would answer a failed conversion of a query parameter with a bare 404).
 */
public final class Params {

    private Params() {}

    public static Integer integer(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "param.integer", raw);
        }
    }

    /** A numeric id in a path; anything else names nothing, which is a 404 like any unknown id. */
    public static Long id(String raw) {
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException(Message.of("id.unknown", raw));
        }
    }

    /** The version in an If-Match header ({@code "3"} or {@code W/"3"}); anything unreadable matches no version. */
    public static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InvalidInputException.of(name, "param.boolean", raw);
        };
    }

    public static PageRequest page(String page, String size) {
        return PageRequest.of(integer("page", page), integer("size", size));
    }

    /** An instant with an offset ({@code 2025-11-27T09:30:00+08:00}) or in UTC ({@code …Z}). */
    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "param.instant", raw);
        }
    }

    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** A calendar date ({@code 2025-11-27}). */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "param.date", raw);
        }
    }

    /** One of an enum's names (case-insensitive); anything else is a 400 listing the names allowed. */
    public static <E extends Enum<E>> E enumeration(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        E found = Enums.find(type, raw.strip());
        if (found == null) {
            throw InvalidInputException.of(name, "param.enum", raw, Enums.names(type));
        }
        return found;
    }
}
