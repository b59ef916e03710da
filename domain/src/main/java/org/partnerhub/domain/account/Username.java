package org.partnerhub.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;

/** A sign-in name: 3 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit. */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(Message.of("username.blank"));
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(Message.of("username.format"));
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
