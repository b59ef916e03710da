package org.partnerhub.web.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading enum names from query parameters and bodies, case-insensitively. */
public final class Enums {

    private Enums() {}

    public static <E extends Enum<E>> E find(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        return null;
    }

    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
