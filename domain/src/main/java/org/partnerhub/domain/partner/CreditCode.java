package org.partnerhub.domain.partner;

import java.util.Locale;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet (digits
 * and capital letters without I, O, S, V, Z), the last one a check character computed from the other seventeen. A
 * code that fails any of this cannot exist, and the refusal says exactly what is wrong.
 */
public record CreditCode(String value) {

    public static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(Message.of("creditCode.blank"));
        }
        value = value.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        int length = value.codePointCount(0, value.length());
        if (length != LENGTH) {
            throw new InvalidValueException(Message.of("creditCode.length", LENGTH, length));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                throw new InvalidValueException(Message.of("creditCode.character", i + 1, String.valueOf(c)));
            }
        }
        char expected = checkCharacter(value.substring(0, LENGTH - 1));
        char actual = value.charAt(LENGTH - 1);
        if (expected != actual) {
            throw new InvalidValueException(Message.of("creditCode.check", String.valueOf(expected), String.valueOf(actual)));
        }
    }

    public static CreditCode of(String value) {
        return new CreditCode(value);
    }

    /** The check character for the first seventeen characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
