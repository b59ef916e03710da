package org.partnerhub.domain.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal numbers people write into free text ("居民赵六 13611112222"): masked wherever a text is shown to those who
 * should not read them (issue 18, finding 8) — a Chinese mobile number keeps its first three and last four digits
 * (136****2222, as {@link PhoneNumber#masked} does), a landline its area code and last four digits (028-****3456), a
 * resident ID card number its first six and last four characters (510108********123X).
 */
public final class PersonalText {

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(1[3-9]\\d)[- ]?\\d{4}[- ]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3}?)[- ]?\\d{3,4}(\\d{4})(?!\\d)");

    private PersonalText() {}

    /** The text with every phone-number-like and ID-card-like string masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(ID_CARD, text, m -> m.group(1) + "********" + m.group(2));
        masked = replace(MOBILE, masked, m -> m.group(1) + "****" + m.group(2));
        return replace(LANDLINE, masked, m -> m.group(1) + "-****" + m.group(2));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
