package org.partnerhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.domain.shared.InvalidValueException;

class UsernameTest {

    @Test
    void aUsernameIsTrimmedAndLowerCased() {
        assertThat(Username.of("  ZhangSan  ").value()).isEqualTo("zhangsan");
        assertThat(Username.of("\tADMIN\n").value()).isEqualTo("admin");
        assertThat(Username.of("Li.Si_2-x").value()).isEqualTo("li.si_2-x");
        assertThat(Username.of("ZhangSan")).isEqualTo(Username.of("zhangsan"));
        assertThat(Username.of("ZhangSan")).hasToString("zhangsan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a12", "007", "zhang.san", "zhang_san", "zhang-san", "a.-_", "1-2",
            "abcdefghijklmnopqrstuvwxyz012345"})
    void validUsernamesAreAccepted(String raw) {
        assertThat(Username.of(raw).value()).isEqualTo(raw);
    }

    @Test
    void theLengthIsThreeToThirtyTwo() {
        assertThat(Username.of("a".repeat(3)).value()).hasSize(3);
        assertThat(Username.of("a".repeat(32)).value()).hasSize(32);
        assertFormat("ab");
        assertFormat("a".repeat(33));
        // surrounding spaces do not count
        assertThat(Username.of("  " + "a".repeat(32) + "  ").value()).hasSize(32);
        assertFormat(" ab ");
    }

    @ParameterizedTest
    @ValueSource(strings = {".abc", "_abc", "-abc", "zhang san", "zhang@san", "zhang+san", "张三丰", "zhang三",
            "abc!", "a/b/c"})
    void malformedUsernamesAreRefused(String raw) {
        assertFormat(raw);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
    void aBlankUsernameIsRefused(String raw) {
        assertThatThrownBy(() -> Username.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.message().key()).isEqualTo("username.blank"));
    }

    private static void assertFormat(String raw) {
        assertThatThrownBy(() -> Username.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.message().key()).isEqualTo("username.format"));
    }
}
