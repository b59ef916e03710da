package org.partnerhub.domain.shared;

import java.text.Normalizer;

/** Small, strict helpers for the free text people type into forms and files. */
public final class Text {

    private Text() {}

    /** Trims (including full-width spaces) and NFC-normalises; blank becomes {@code null}. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        return Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /**
     * The first character of {@code text} no text field may hold, or -1 when there is none: the C0 controls (NUL and
     * the rest) but tab, line feed and carriage return, DEL, the C1 controls, lone surrogates and the non-characters
     * U+FFFE/U+FFFF; in a single-line text ({@code lines} false) also tab, line feed, carriage return and the
     * Unicode line and paragraph separators.
     */
    public static int forbiddenCharacter(String text, boolean lines) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (forbidden(c, lines)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean forbidden(char c, boolean lines) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
            return !lines;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    /** The character as a person can name it in a message: "U+0000". */
    public static String codePointName(int c) {
        return String.format("U+%04X", c);
    }

    /** The number of characters a person sees (code points), so that "😀" counts once. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
