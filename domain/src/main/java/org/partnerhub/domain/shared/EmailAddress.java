package org.partnerhub.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as people use it (not every form RFC 5322 allows): one {@code @}, a local part of the usual
 * characters, a domain of dot-separated labels; at most 254 characters. The domain is kept in lower case. Lists only
 * ever show {@link #masked()}.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(Message.of("email.blank"));
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches() || value.startsWith(".")
                || value.contains("..")) {
            throw new InvalidValueException(Message.of("email.format"));
        }
        int at = value.indexOf('@');
        value = value.substring(0, at) + "@" + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** {@code z***@example.org}: the first character of the local part and the domain. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
