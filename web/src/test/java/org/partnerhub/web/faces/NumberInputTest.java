package org.partnerhub.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberInputTest {

    @Test
    void amountsInYuanBecomeFen() {
        assertThat(NumberInput.yuanToFen("1200")).isEqualTo(120_000L);
        assertThat(NumberInput.yuanToFen(" 1,200.5 ")).isEqualTo(120_050L);
        assertThat(NumberInput.yuanToFen("0.01")).isEqualTo(1L);
        assertThat(NumberInput.yuanToFen("￥１２００元")).isEqualTo(120_000L);
        assertThat(NumberInput.yuanToFen("¥3，000")).isEqualTo(300_000L);
        assertThat(NumberInput.yuanToFen("")).isNull();
        assertThat(NumberInput.yuanToFen(null)).isNull();
    }

    @Test
    void whatIsNotAnAmountIsRefused() {
        for (String typed : new String[] {"abc", "-5", "1.234", "1e3", "12.", ".5", "1 2 a", "1234567890123456"}) {
            assertThatThrownBy(() -> NumberInput.yuanToFen(typed)).as(typed).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void wholeNumbers() {
        assertThat(NumberInput.whole("120")).isEqualTo(120);
        assertThat(NumberInput.whole("１２０")).isEqualTo(120);
        assertThat(NumberInput.whole("1,200")).isEqualTo(1200);
        assertThat(NumberInput.whole(" ")).isNull();
        for (String typed : new String[] {"abc", "-1", "1.5", "9999999999"}) {
            assertThatThrownBy(() -> NumberInput.whole(typed)).as(typed).isInstanceOf(NumberFormatException.class);
        }
    }
}
