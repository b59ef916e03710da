package org.partnerhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseIsTheDefaultAndEnglishIsTheTranslation() {
        assertThat(Messages.format(Locale.SIMPLIFIED_CHINESE, "text.tooLong", 100)).isEqualTo("不能超过 100 个字");
        assertThat(Messages.format(Locale.ENGLISH, "text.tooLong", 100)).isEqualTo("At most 100 characters");
        assertThat(Messages.format(Locale.FRENCH, "text.tooLong", 100)).isEqualTo("不能超过 100 个字");
        assertThat(Messages.format(null, "text.tooLong", 100)).isEqualTo("不能超过 100 个字");
    }

    @Test
    void theJvmDefaultLocaleDoesNotLeakIntoTheLookup() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.format(Locale.CHINA, "page.negative")).isEqualTo("页码不能为负数");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownKeyIsShownAsItself() {
        assertThat(Messages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> zh = Messages.bundle(Locale.CHINA).keySet();
        ResourceBundle en = Messages.bundle(Locale.ENGLISH);
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh);
        assertThat(en.getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void pagingIsBounded() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
        assertThatThrownBy(() -> PageRequest.of(-1, 20)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
    }

    @Test
    void textIsTrimmedIncludingFullWidthSpaces() {
        assertThat(Text.clean("\u3000 成华区 \u3000")).isEqualTo("成华区");
        assertThat(Text.clean("  ")).isNull();
        assertThat(Text.length("社区治理😀")).isEqualTo(5);
    }
}
