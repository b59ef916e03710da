package org.partnerhub.domain.category;

import java.util.Locale;
import java.util.regex.Pattern;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;

/** A service category's stable code: lower-case words joined by dashes ({@code elderly-meals}). */
public record CategoryCode(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CategoryCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(Message.of("category.code.blank"));
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(Message.of("category.code.format", value));
        }
    }

    public static CategoryCode of(String value) {
        return new CategoryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
