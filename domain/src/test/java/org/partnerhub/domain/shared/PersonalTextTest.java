package org.partnerhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalTextTest {

    @Test
    void phoneNumbersAndIdCardNumbersInFreeTextAreMasked() {
        assertThat(PersonalText.mask("居民赵六 13611112222，另有李四138-0013-8000"))
                .isEqualTo("居民赵六 136****2222，另有李四138****8000");
        assertThat(PersonalText.mask("联系 +86 13611112222")).isEqualTo("联系 136****2222");
        assertThat(PersonalText.mask("社区电话028-85123456或02885123456")).isEqualTo("社区电话028-****3456或028-****3456");
        assertThat(PersonalText.mask("身份证510108199001011234，另一个51010819900101123X"))
                .isEqualTo("身份证510108********1234，另一个510108********123X");
    }

    @Test
    void otherNumbersStayAsTheyAre() {
        String text = "120 位老人，预算 5000 元，2025 年 11 月，编号 PA-2025-000123，门牌 12 号";
        assertThat(PersonalText.mask(text)).isEqualTo(text);
        assertThat(PersonalText.mask("12345678901")).as("not a mobile prefix").isEqualTo("12345678901");
        assertThat(PersonalText.mask(null)).isNull();
    }
}
