package org.partnerhub.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords, shipped with the application ({@code common-passwords.txt}, from zxcvbn's
 * frequency list; MIT licence beside it). A password is common when it, in lower case, is on the list — also after its
 * trailing digits and symbols are taken off ("Password1!" is "password", "Qwer1234!" is "qwer1234"), the trivial
 * variations people add to meet composition rules.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";

    private CommonPasswords() {}

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    public static boolean isCommon(String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (Holder.WORDS.contains(lower)) {
            return true;
        }
        String trimmed = stripTrailing(lower, false);
        if (!trimmed.equals(lower) && Holder.WORDS.contains(trimmed)) {
            return true;
        }
        String bare = stripTrailing(trimmed, true);
        return !bare.equals(trimmed) && bare.length() >= 4 && Holder.WORDS.contains(bare);
    }

    /** Takes off trailing symbols, and with {@code digits} also trailing digits. */
    private static String stripTrailing(String text, boolean digits) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            boolean symbol = !Character.isLetterOrDigit(c);
            if (symbol || (digits && Character.isDigit(c))) {
                end--;
            } else {
                break;
            }
        }
        return text.substring(0, end);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
