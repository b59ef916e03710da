package org.partnerhub.domain.account;

import java.util.Locale;

/** The language a user reads the platform's messages in, where no browser says it (e-mail): Chinese unless chosen. */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag as stored and sent ({@code zh-CN}, {@code en}). */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a tag ({@code zh}, {@code zh-CN}, {@code en}, {@code en-GB}, any case), or null if none fits. */
    public static Language of(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String lang = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (lang) {
            case "zh" -> ZH_CN;
            case "en" -> EN;
            default -> null;
        };
    }
}
