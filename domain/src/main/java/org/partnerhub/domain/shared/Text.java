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

    /** The number of characters a person sees (code points), so that "😀" counts once. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
