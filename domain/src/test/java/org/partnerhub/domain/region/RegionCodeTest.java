package org.partnerhub.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.domain.shared.InvalidValueException;

class RegionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"510108", "510108001", "510108001001"})
    void officialCodesAreRecognised(String code) {
        assertThat(RegionCode.of(code).isOfficial()).isTrue();
    }

    @Test
    void codesAreTrimmedAndUpperCased() {
        assertThat(RegionCode.of(" 510108-ab12cd ").value()).isEqualTo("510108-AB12CD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "5", "5101 08", "成华区", "-510108", "510108_1"})
    void malformedCodesCannotExist(String raw) {
        assertThatThrownBy(() -> RegionCode.of(raw)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aCodeLongerThanTheColumnIsRefused() {
        assertThatThrownBy(() -> RegionCode.of("1".repeat(RegionCode.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void generatedCodesAreStableAndDependOnParentAndName() {
        RegionCode chenghua = RegionCode.of("510108");
        RegionCode first = RegionCode.generated(chenghua, "猛追湾街道");
        RegionCode again = RegionCode.generated(chenghua, " 猛追湾街道 ");
        RegionCode other = RegionCode.generated(chenghua, "双桥子街道");
        RegionCode elsewhere = RegionCode.generated(RegionCode.of("510131"), "猛追湾街道");

        assertThat(first).isEqualTo(again);
        assertThat(first.value()).matches("510108-[0-9A-HJKMNP-TV-Z]{6}");
        assertThat(first.isOfficial()).isFalse();
        assertThat(other).isNotEqualTo(first);
        assertThat(elsewhere).isNotEqualTo(first);
    }

    @Test
    void aTopLevelRegionWithoutCodeGetsAnEightCharacterOne() {
        assertThat(RegionCode.generated(null, "某市").value()).matches("G[0-9A-Z]{8}");
    }

    @Test
    void generatedCodesNestUnderGeneratedParents() {
        RegionCode street = RegionCode.generated(RegionCode.of("510108"), "青龙街道");
        RegionCode community = RegionCode.generated(street, "东林社区");
        assertThat(community.value()).startsWith(street.value() + "-").hasSize(20);
    }

    @Test
    void generatingWithoutANameIsRefused() {
        assertThatThrownBy(() -> RegionCode.generated(RegionCode.of("510108"), "  "))
                .isInstanceOf(InvalidValueException.class);
    }
}
