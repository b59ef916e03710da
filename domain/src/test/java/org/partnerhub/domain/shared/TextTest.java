package org.partnerhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void controlCharactersAreFoundInEveryTextAndLineBreaksOnlyInSingleLineOnes() {
        for (String bad : new String[] {"a\u0000b", "a\u0001", "\u001fa", "a\u007fb", "a\u0085b", "a\u009fb",
                "a\ud800b", "a\udc00", "a\ufffeb", "a\uffff"}) {
            assertThat(Text.forbiddenCharacter(bad, true)).as(bad).isGreaterThanOrEqualTo(0);
            assertThat(Text.forbiddenCharacter(bad, false)).as(bad).isGreaterThanOrEqualTo(0);
        }
        assertThat(Text.forbiddenCharacter("a\u0000b", true)).isZero();
        assertThat(Text.codePointName(Text.forbiddenCharacter("a\u0007", true))).isEqualTo("U+0007");
        for (String lines : new String[] {"第一行\n第二行", "a\tb", "a\r\nb", "a\u2028b"}) {
            assertThat(Text.forbiddenCharacter(lines, true)).as(lines).isEqualTo(-1);
            assertThat(Text.forbiddenCharacter(lines, false)).as(lines).isGreaterThanOrEqualTo(0);
        }
        assertThat(Text.forbiddenCharacter("社区 😀 Ünïcödé ｆｕｌｌ", false)).isEqualTo(-1);
        assertThat(Text.forbiddenCharacter(null, false)).isEqualTo(-1);
    }
}
