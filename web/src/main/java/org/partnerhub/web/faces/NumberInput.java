package org.partnerhub.web.faces;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into a form on a phone: amounts in yuan ("1200", "1,200.50", "￥1200", "1200元", full-width
 * digits from a Chinese keyboard) read into fen, and whole numbers. The page keeps the text as typed, so that a
 * mistake is shown beside the field with the text still there; what is not a number is refused here, and the range
 * is the service's to check.
 */
public final class NumberInput {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private NumberInput() {}

    /** Fen for a typed yuan amount; {@code null} when nothing was typed. */
    public static Long yuanToFen(String typed) {
        String text = normalise(typed);
        if (text.isEmpty()) {
            return null;
        }
        if (text.startsWith("¥")) {
            text = text.substring(1);
        }
        if (text.endsWith("元")) {
            text = text.substring(0, text.length() - 1);
        }
        text = text.replace(",", "").strip();
        if (!AMOUNT.matcher(text).matches()) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(text).movePointRight(2).longValueExact();
    }

    /** A typed whole number (0 or more); {@code null} when nothing was typed. */
    public static Integer whole(String typed) {
        String text = normalise(typed).replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            throw new NumberFormatException(typed);
        }
        return Integer.valueOf(text);
    }

    /** Full-width digits, commas and the yuan sign become their ordinary forms; spaces go. */
    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).replace('，', ',').replace(" ", "").strip();
    }
}
