package org.partnerhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.Message;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.defaults();
    private final Username zhang = Username.of("zhangsan");

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }

    @Test
    void theDefaultsAreTheLevelTwoValues() {
        assertThat(policy.minLength()).isEqualTo(8);
        assertThat(policy.minClasses()).isEqualTo(3);
        assertThat(policy.historySize()).isEqualTo(5);
        assertThat(policy.maxAge()).isEqualTo(Duration.ofDays(90));
        assertThat(policy.maxFailures()).isEqualTo(5);
        assertThat(policy.lockDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(PasswordPolicy.MAX_LENGTH).isEqualTo(128);
    }

    @Test
    void aGoodPasswordHasNoViolations() {
        assertThat(policy.violations("Chengdu2025!", zhang)).isEmpty();
        assertThat(policy.violations("Chengdu2025", zhang)).isEmpty();
        assertThat(policy.violations("Chengdu2025", null)).isEmpty();
    }

    @Test
    void aNullOrEmptyPasswordIsBlankAndNothingElse() {
        assertThat(policy.violations(null, zhang)).containsExactly(Message.of("password.blank"));
        assertThat(policy.violations("", zhang)).containsExactly(Message.of("password.blank"));
    }

    @Test
    void whitespaceIsNotBlankButCountsAsOtherCharacters() {
        assertThat(keys(policy.violations("        ", zhang))).containsExactly("password.classes");
        assertThat(PasswordPolicy.classes(" ")).isEqualTo(1);
    }

    @Test
    void theMinimumLengthIsCountedInCodePoints() {
        assertThat(policy.violations("Abk1234", null)).containsExactly(Message.of("password.tooShort", 8));
        assertThat(policy.violations("Abk12345", null)).isEmpty();
        // seven code points, but eight UTF-16 chars: still too short
        String sevenWithEmoji = "Abk123😀";
        assertThat(sevenWithEmoji.length()).isEqualTo(8);
        assertThat(policy.violations(sevenWithEmoji, null)).containsExactly(Message.of("password.tooShort", 8));
        assertThat(policy.violations("Abk1234😀", null)).isEmpty();
    }

    @Test
    void atMost128CodePointsAreAllowed() {
        String max = "Aa1" + "x".repeat(PasswordPolicy.MAX_LENGTH - 3);
        assertThat(policy.violations(max, null)).isEmpty();
        assertThat(policy.violations(max + "x", null)).containsExactly(Message.of("password.tooLong", 128));
        // 128 emoji are 256 UTF-16 chars, but only 128 characters
        String emoji = "Aa1" + "😀".repeat(PasswordPolicy.MAX_LENGTH - 3);
        assertThat(policy.violations(emoji, null)).isEmpty();
        assertThat(policy.violations(emoji + "😀", null)).containsExactly(Message.of("password.tooLong", 128));
    }

    @Test
    void theFourClassesAreUpperLowerDigitAndEverythingElse() {
        assertThat(PasswordPolicy.classes("ABC")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("abc")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("123")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("!@#")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("Ab")).isEqualTo(2);
        assertThat(PasswordPolicy.classes("Ab1")).isEqualTo(3);
        assertThat(PasswordPolicy.classes("Ab1!")).isEqualTo(4);
        assertThat(PasswordPolicy.classes("aaaaAAAA")).isEqualTo(2);
        assertThat(PasswordPolicy.classes("")).isZero();
    }

    @Test
    void chineseCharactersAndEmojiCountAsOtherCharacters() {
        // Character.isUpperCase/isLowerCase/isDigit are all false for 汉字 and emoji
        assertThat(PasswordPolicy.classes("社区治理")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("😀")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("社区治理!")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("社区治理abc1")).isEqualTo(3);
        assertThat(policy.violations("社区治理abc1", zhang)).isEmpty();
        assertThat(policy.violations("社区治理社区治理", zhang)).containsExactly(Message.of("password.classes", 3));
    }

    @Test
    void unicodeLettersAndDigitsCountByTheirCase() {
        assertThat(PasswordPolicy.classes("É")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("Éé")).isEqualTo(2);
        // a full-width digit is a digit to Character.isDigit
        assertThat(PasswordPolicy.classes("１")).isEqualTo(1);
        assertThat(PasswordPolicy.classes("a１")).isEqualTo(2);
        assertThat(PasswordPolicy.classes("aA１")).isEqualTo(3);
    }

    @Test
    void tooFewClassesIsAViolation() {
        assertThat(policy.violations("abcdefgh", null)).containsExactly(Message.of("password.classes", 3));
        assertThat(policy.violations("abkdefg1", null)).containsExactly(Message.of("password.classes", 3));
        assertThat(policy.violations("abkdefG1", null)).isEmpty();
        assertThat(policy.violations("abcdef!1", null)).isEmpty();
    }

    @Test
    void theMinimumNumberOfClassesIsConfigurable() {
        PasswordPolicy four = new PasswordPolicy(8, 4, 5, Duration.ofDays(90), 5, Duration.ofMinutes(15));
        assertThat(four.violations("Abkdefg1", null)).containsExactly(Message.of("password.classes", 4));
        assertThat(four.violations("Abcdef!1", null)).isEmpty();
        PasswordPolicy none = new PasswordPolicy(1, 0, 0, Duration.ofDays(90), 5, Duration.ofMinutes(15));
        assertThat(none.violations("a", null)).isEmpty();
    }

    @Test
    void thePasswordMustNotContainTheUsernameInAnyCase() {
        assertThat(policy.violations("Zhangsan2025", zhang)).containsExactly(Message.of("password.containsUsername"));
        assertThat(policy.violations("x1ZHANGSANy", zhang)).containsExactly(Message.of("password.containsUsername"));
        assertThat(policy.violations("!1aZhAnGsAn", zhang)).containsExactly(Message.of("password.containsUsername"));
        assertThat(policy.violations("Zhang-san2025", zhang)).isEmpty();
        assertThat(policy.violations("Zhangsan2025", Username.of("lisi"))).isEmpty();
    }

    @Test
    void allViolationsAreReportedTogether() {
        Username abc = Username.of("abc");
        assertThat(keys(policy.violations("abc", abc)))
                .containsExactly("password.tooShort", "password.classes", "password.containsUsername");
    }

    @Test
    void anUnusablePolicyIsRefused() {
        Duration age = Duration.ofDays(90);
        Duration lock = Duration.ofMinutes(15);
        assertThatThrownBy(() -> new PasswordPolicy(0, 3, 5, age, 5, lock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy(8, -1, 5, age, 5, lock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy(8, 5, 5, age, 5, lock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy(8, 3, -1, age, 5, lock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy(8, 3, 5, age, 0, lock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBoundariesOfAUsablePolicyAreAccepted() {
        Duration age = Duration.ofDays(90);
        Duration lock = Duration.ofMinutes(15);
        assertThat(new PasswordPolicy(1, 0, 0, age, 1, lock).minLength()).isEqualTo(1);
        assertThat(new PasswordPolicy(8, 4, 5, age, 5, lock).minClasses()).isEqualTo(4);
        assertThat(new PasswordPolicy(8, 3, 0, age, 5, lock).historySize()).isZero();
        assertThat(new PasswordPolicy(8, 3, 5, age, 1, lock).maxFailures()).isEqualTo(1);
    }

    @Test
    void theMostCommonPasswordsAreRefusedAlsoWithATrailingDigitOrSymbolAndInAnyCase() {
        PasswordPolicy policy = PasswordPolicy.defaults();
        for (String common : java.util.List.of("Password1!", "Passw0rd!", "Admin@123", "P@ssw0rd", "Qwer1234!",
                "Aa123456!", "PASSWORD123", "Dragon2025#", "Iloveyou!1")) {
            assertThat(policy.violations(common, null)).as(common).contains(Message.of("password.common"));
        }
        assertThat(policy.violations("Chengdu#Shequ-2025", null)).isEmpty();
        assertThat(CommonPasswords.isCommon("qwer")).as("a bare word shorter than four is not judged by its stem")
                .isFalse();
    }

    @Test
    void controlCharactersTabsAndLineBreaksAreRefusedInAPassword() {
        PasswordPolicy policy = PasswordPolicy.defaults();
        for (String bad : java.util.List.of("Chengdu\u00002025!", "Chengdu\t2025!", "Chengdu\n2025!",
                "Chengdu\u007f2025!", "Chengdu\u00852025!", "Chengdu\ud8002025!", "Chengdu\uffff2025!")) {
            assertThat(keys(policy.violations(bad, null))).as(bad).contains("password.control");
        }
        assertThat(policy.violations("Chengdu 2025!😀", null)).isEmpty();
    }
}
