package org.partnerhub.web.shared;

import java.util.List;
import java.util.Locale;

/** The two languages the platform speaks: Simplified Chinese first, English second. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {}

    /** The first of the reader's preferred languages that the platform speaks, else Chinese. */
    public static Locale pick(List<Locale> preferred) {
        if (preferred != null) {
            for (Locale locale : preferred) {
                Locale supported = supported(locale.getLanguage());
                if (supported != null) {
                    return supported;
                }
            }
        }
        return CHINESE;
    }

    /** The supported locale for a language code ({@code zh}, {@code en}), or {@code null}. */
    public static Locale supported(String language) {
        if (language == null) {
            return null;
        }
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn", "zh-hans" -> CHINESE;
            case "en", "en-us", "en-gb" -> ENGLISH;
            default -> null;
        };
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
