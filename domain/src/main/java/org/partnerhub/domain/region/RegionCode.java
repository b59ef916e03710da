package org.partnerhub.domain.region;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Text;

/**
 * A region's stable code. Official administrative-division codes (6, 9 or 12 digits) are used where known; otherwise
 * a code is generated from the parent's code and the Chinese name, so that importing the same region again, in any
 * order and on any server, yields the same code.
 */
public record RegionCode(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z][0-9A-Z-]{1," + (MAX_LENGTH - 1) + "}");
    private static final Pattern OFFICIAL = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    /** Crockford's base-32 alphabet: no I, L, O or U to misread. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int HASH_CHARS = 6;

    public RegionCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(Message.of("region.code.blank"));
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(Message.of("region.code.format", value, MAX_LENGTH));
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /**
     * The generated code of a region that has no official one: the parent's code, a dash, and six characters of a
     * hash of the Chinese name. A top-level region without a code gets {@code G} and eight characters instead.
     */
    public static RegionCode generated(RegionCode parent, String nameZh) {
        String name = Text.clean(nameZh);
        if (name == null) {
            throw new InvalidValueException(Message.of("region.name.blank"));
        }
        if (parent == null) {
            return new RegionCode("G" + hash(name, 8));
        }
        String code = parent.value + "-" + hash(name, HASH_CHARS);
        if (code.length() > MAX_LENGTH) {
            throw new InvalidValueException(Message.of("region.code.tooDeep", parent.value));
        }
        return new RegionCode(code);
    }

    public boolean isOfficial() {
        return OFFICIAL.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String hash(String text, int chars) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        StringBuilder out = new StringBuilder(chars);
        long bits = 0;
        int available = 0;
        int index = 0;
        while (out.length() < chars) {
            if (available < 5) {
                bits = (bits << 8) | (digest[index++] & 0xff);
                available += 8;
            }
            available -= 5;
            out.append(ALPHABET[(int) ((bits >> available) & 0x1f)]);
        }
        return out.toString();
    }
}
