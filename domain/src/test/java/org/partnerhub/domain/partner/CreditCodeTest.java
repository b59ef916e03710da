package org.partnerhub.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.domain.shared.InvalidValueException;

class CreditCodeTest {

    /** The worked example that circulates with the standard. */
    @Test
    void theStandardsExampleIsAccepted() {
        assertThat(CreditCode.of("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void everyCodeWithItsOwnCheckCharacterIsAcceptedAndEveryOtherCheckCharacterRefused() {
        java.util.Random random = new java.util.Random(32100);
        for (int n = 0; n < 500; n++) {
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                first.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
            }
            char check = CreditCode.checkCharacter(first.toString());
            assertThat(CreditCode.of(first.toString() + check).value()).endsWith(String.valueOf(check));
            char other = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(check) + 1) % CreditCode.ALPHABET.length());
            assertThatThrownBy(() -> CreditCode.of(first.toString() + other)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void spacesAndLowerCaseAreTidied() {
        assertThat(CreditCode.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void theCheckCharacterIsComputedAsTheStandardSays() {
        // 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20 + 1·8 + Y(30)·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void aWrongCheckCharacterIsNamedWithTheRightOne() {
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.localizedMessage(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("统一社会信用代码校验位不对：按前 17 位计算应为“3”，实际是“4”");
                    assertThat(e.localizedMessage(Locale.ENGLISH))
                            .isEqualTo("The check character of the credit code is wrong: the first 17 characters give \"3\", not \"4\"");
                });
    }

    @Test
    void theLengthIsNamed() {
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y4"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(
                        e.localizedMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("统一社会信用代码应为 18 位，现在是 17 位"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9135010OM000100Y43", "9135010IM000100Y43", "9135010SM000100Y43", "9135010VM000100Y43",
        "9135010ZM000100Y43", "9135010-M000100Y43"})
    void lettersOutsideTheAlphabetAreNamedWithTheirPosition(String code) {
        assertThatThrownBy(() -> CreditCode.of(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(
                        e.localizedMessage(Locale.SIMPLIFIED_CHINESE)).startsWith("统一社会信用代码第 8 位"));
    }

    @Test
    void blankIsRefused() {
        assertThatThrownBy(() -> CreditCode.of("  ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CreditCode.of(null)).isInstanceOf(InvalidValueException.class);
    }
}
