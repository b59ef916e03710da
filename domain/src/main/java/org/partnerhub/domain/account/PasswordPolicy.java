package org.partnerhub.domain.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnerhub.domain.shared.Message;

/**
 * The identity rules of 等保 2.0 level 2, as configured: a minimum length, a minimum number of character classes
 * (upper case, lower case, digits, other characters), no reuse of the last few passwords, a maximum age, and a lock
 * after consecutive failures; never a control character, and never one of the most common passwords
 * ({@link CommonPasswords}, ASVS 2.1.7).
 */
public record PasswordPolicy(
        int minLength, int minClasses, int historySize, Duration maxAge, int maxFailures, Duration lockDuration) {

    public static final int MAX_LENGTH = 128;

    public static PasswordPolicy defaults() {
        return new PasswordPolicy(8, 3, 5, Duration.ofDays(90), 5, Duration.ofMinutes(15));
    }

    public PasswordPolicy {
        if (minLength < 1 || minLength > MAX_LENGTH || minClasses < 0 || minClasses > 4 || historySize < 0
                || maxFailures < 1 || maxAge == null || maxAge.isNegative() || lockDuration == null
                || lockDuration.isNegative()) {
            throw new IllegalArgumentException("Unusable password policy");
        }
    }

    /** What is wrong with {@code candidate}; empty when it may be used. */
    public List<Message> violations(String candidate, Username username) {
        List<Message> problems = new ArrayList<>();
        if (candidate == null || candidate.isEmpty()) {
            problems.add(Message.of("password.blank"));
            return problems;
        }
        int length = candidate.codePointCount(0, candidate.length());
        if (length < minLength) {
            problems.add(Message.of("password.tooShort", minLength));
        }
        if (length > MAX_LENGTH) {
            problems.add(Message.of("password.tooLong", MAX_LENGTH));
        }
        if (classes(candidate) < minClasses) {
            problems.add(Message.of("password.classes", minClasses));
        }
        if (username != null && candidate.toLowerCase(Locale.ROOT).contains(username.value())) {
            problems.add(Message.of("password.containsUsername"));
        }
        int forbidden = org.partnerhub.domain.shared.Text.forbiddenCharacter(candidate, false);
        if (forbidden >= 0) {
            problems.add(Message.of("password.control", org.partnerhub.domain.shared.Text.codePointName(forbidden)));
        }
        if (CommonPasswords.isCommon(candidate)) {
            problems.add(Message.of("password.common"));
        }
        return problems;
    }

    /** How many of the four classes (upper, lower, digit, other) the password uses. */
    public static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
