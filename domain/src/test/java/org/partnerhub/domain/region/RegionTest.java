package org.partnerhub.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.RuleViolationException;

class RegionTest {

    private static final Instant T0 = Instant.parse("2025-11-27T01:30:00Z");
    private static final Instant T1 = Instant.parse("2025-11-28T01:30:00Z");

    private final Region chengdu = Region.create(RegionCode.of("510100"), RegionKind.CITY, "成都市", "Chengdu", null, null, 0, T0);
    private final Region chenghua =
            Region.create(RegionCode.of("510108"), RegionKind.DISTRICT, "成华区", "Chenghua District", chengdu, null, 0, T0);
    private final Region qinglong = Region.create(RegionCode.generated(chenghua.getCode(), "青龙街道"), RegionKind.STREET,
            "青龙街道", "Qinglong Street", chenghua, null, 0, T0);

    @Test
    void aRegionKnowsItsPathLevelAndLineage() {
        Region donglin = Region.create(RegionCode.generated(qinglong.getCode(), "东林社区"), RegionKind.COMMUNITY,
                "东林社区", null, qinglong, "named in the seed", 0, T0);

        assertThat(donglin.getLevel()).isEqualTo(RegionLevel.COMMUNITY);
        assertThat(donglin.getParentCode()).isEqualTo(qinglong.getCode());
        assertThat(donglin.getPath()).isEqualTo("/510100/510108/" + qinglong.getCode() + "/" + donglin.getCode() + "/");
        assertThat(donglin.lineage())
                .containsExactly(chengdu.getCode(), chenghua.getCode(), qinglong.getCode(), donglin.getCode());
        assertThat(donglin.isWithin(chenghua)).isTrue();
        assertThat(donglin.isWithin(donglin)).isTrue();
        assertThat(chenghua.isWithin(donglin)).isFalse();
    }

    @Test
    void aTownMaySitUnderACountyAndAVillageUnderATown() {
        Region pujiang = Region.create(RegionCode.of("510131"), RegionKind.COUNTY, "蒲江县", null, chengdu, null, 0, T0);
        Region ganxi = Region.create(RegionCode.generated(pujiang.getCode(), "甘溪镇"), RegionKind.TOWN, "甘溪镇", null,
                pujiang, null, 0, T0);
        Region mingyue = Region.create(RegionCode.generated(ganxi.getCode(), "明月村"), RegionKind.VILLAGE, "明月村",
                "Mingyue Village", ganxi, null, 0, T0);
        assertThat(mingyue.isWithin(pujiang)).isTrue();
        assertThat(mingyue.name(true)).isEqualTo("Mingyue Village");
        assertThat(ganxi.name(true)).isEqualTo("甘溪镇");
    }

    @Test
    void aLevelCannotBeSkipped() {
        assertThatThrownBy(() -> Region.create(RegionCode.of("510108001001"), RegionKind.COMMUNITY, "某社区", null,
                        chenghua, null, 0, T0))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((BusinessException) e).localizedMessage(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("社区的上级必须是街道（镇），而“成华区”是区（县）"))
                .satisfies(e -> assertThat(((BusinessException) e).localizedMessage(Locale.ENGLISH))
                        .isEqualTo("The parent of a community must be a street/town, but \"成华区\" is a district/county"));
    }

    @Test
    void onlyACityStandsAtTheTop() {
        assertThatThrownBy(() -> Region.create(RegionCode.of("510199"), RegionKind.DISTRICT, "某区", null, null, null, 0, T0))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Region.create(RegionCode.of("510199"), RegionKind.CITY, "某市", null, chengdu, null, 0, T0))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void namesAreRequiredAndBounded() {
        assertThatThrownBy(() -> Region.create(RegionCode.of("510199"), RegionKind.CITY, " ", null, null, null, 0, T0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("nameZh"));
        String tooLong = "区".repeat(Region.NAME_ZH_MAX + 1);
        assertThatThrownBy(() -> Region.create(RegionCode.of("510199"), RegionKind.CITY, tooLong, null, null, null, 0, T0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        String name = "社".repeat(Region.NAME_ZH_MAX - 1) + "😀";
        Region region = Region.create(RegionCode.of("510199"), RegionKind.CITY, name, null, null, null, 0, T0);
        assertThat(region.getNameZh()).isEqualTo(name);
    }

    @Test
    void reimportingChangesNamesAndTouchesTheChangeTimeOnlyWhenSomethingChanged() {
        assertThat(qinglong.reimport(RegionKind.STREET, "青龙街道", "Qinglong Street", chenghua, null, T1)).isFalse();
        assertThat(qinglong.getUpdatedAt()).isEqualTo(T0);

        assertThat(qinglong.reimport(RegionKind.TOWN, "青龙街道", "Qinglong Subdistrict", chenghua, "renamed", T1))
                .isTrue();
        assertThat(qinglong.getKind()).isEqualTo(RegionKind.TOWN);
        assertThat(qinglong.getNameEn()).isEqualTo("Qinglong Subdistrict");
        assertThat(qinglong.getNote()).isEqualTo("renamed");
        assertThat(qinglong.getUpdatedAt()).isEqualTo(T1);
    }

    @Test
    void reimportingCannotMoveARegionOrChangeItsLevel() {
        Region pujiang = Region.create(RegionCode.of("510131"), RegionKind.COUNTY, "蒲江县", null, chengdu, null, 0, T0);
        assertThatThrownBy(() -> qinglong.reimport(RegionKind.STREET, "青龙街道", null, pujiang, null, T1))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> qinglong.reimport(RegionKind.COMMUNITY, "青龙街道", null, chenghua, null, T1))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void kindsAreReadFromTheCsvWords() {
        assertThat(RegionKind.fromCsvWord(" Town ")).contains(RegionKind.TOWN);
        assertThat(RegionKind.fromCsvWord("village")).contains(RegionKind.VILLAGE);
        assertThat(RegionKind.fromCsvWord("province")).isEmpty();
        assertThat(RegionKind.fromCsvWord(null)).isEmpty();
        assertThat(RegionLevel.CITY.parentLevel()).isNull();
        assertThat(RegionLevel.COMMUNITY.parentLevel()).isEqualTo(RegionLevel.STREET);
    }
}
