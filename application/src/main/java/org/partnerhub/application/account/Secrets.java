package org.partnerhub.application.account;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets: temporary passwords and API tokens. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String OTHER = "#%+=@";

    private Secrets() {}

    /** 16 characters from all four classes, without look-alikes (no I, l, 1, O, 0), so it can be read aloud. */
    static String temporaryPassword() {
        String all = UPPER + LOWER + DIGITS + OTHER;
        char[] chars = new char[16];
        chars[0] = pick(UPPER);
        chars[1] = pick(LOWER);
        chars[2] = pick(DIGITS);
        chars[3] = pick(OTHER);
        for (int i = 4; i < chars.length; i++) {
            chars[i] = pick(all);
        }
        for (int i = chars.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        return new String(chars);
    }

    /** {@code ph_} and 256 random bits. */
    static String apiToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ph_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
