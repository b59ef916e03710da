package org.partnerhub.domain.shared;

import java.util.Objects;

/**
 * One thing wrong with one input field; {@code line} is set when the input was a file (1-based, counting the header
 * line), {@code field} names the field or column.
 */
public record FieldError(String field, Integer line, Message message) {

    public FieldError {
        Objects.requireNonNull(message, "message");
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, null, Message.of(key, args));
    }

    public static FieldError atLine(int line, String field, Message message) {
        return new FieldError(field, line, message);
    }
}
