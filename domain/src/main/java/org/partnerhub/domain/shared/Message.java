package org.partnerhub.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A message for a person, kept as a bundle key and its arguments so that every layer can render it in the reader's
 * language at the last moment (a REST client's Accept-Language, a page's view locale).
 */
public final class Message {

    private final String key;
    private final Object[] args;

    private Message(String key, Object[] args) {
        this.key = Objects.requireNonNull(key, "key");
        this.args = args == null ? new Object[0] : args.clone();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Renders this message with the domain's error bundle. */
    public String render(Locale locale) {
        return Messages.format(locale, key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message other && key.equals(other.key) && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return args.length == 0 ? key : key + Arrays.toString(args);
    }
}
