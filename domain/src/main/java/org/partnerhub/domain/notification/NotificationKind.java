package org.partnerhub.domain.notification;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a notification is about, for the reader's choice of which ones also come by e-mail (or a later channel). A
 * notification's kind follows from its bundle key ({@code notify.<kind>.…}), so no sender has to name it twice.
 */
public enum NotificationKind {
    /** Partner applications (for the reviewers). */
    APPLICATIONS("notify.application."),
    /** Match notices. */
    MATCHES("notify.match."),
    /** Cooperation intents and their moves. */
    INTENTS("notify.intent."),
    /** Partnership projects. */
    PROJECTS("notify.project."),
    /** The account itself and what it owns: security notices, webhook endpoints. Everything not named above. */
    ACCOUNT("notify.account.");

    private final String keyPrefix;

    NotificationKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public static NotificationKind of(String messageKey) {
        for (NotificationKind kind : values()) {
            if (messageKey != null && messageKey.startsWith(kind.keyPrefix)) {
                return kind;
            }
        }
        return ACCOUNT;
    }

    public static Set<NotificationKind> all() {
        return EnumSet.allOf(NotificationKind.class);
    }

    /** Parses the stored form (comma-separated names); unknown names are ignored. */
    public static Set<NotificationKind> parse(String stored) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        if (stored == null) {
            return kinds;
        }
        for (String part : stored.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            for (NotificationKind kind : values()) {
                if (kind.name().equals(name)) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }

    public static String format(Set<NotificationKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
