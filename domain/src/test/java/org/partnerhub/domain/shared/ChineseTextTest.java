package org.partnerhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseTextTest {

    // --- query terms ---

    @Test
    void spacesSplitTerms() {
        assertThat(ChineseText.terms("  养老   助餐\t服务 ")).containsExactly("养老", "助餐", "服务");
        assertThat(ChineseText.terms("养老\u3000助餐")).as("a full-width space too").containsExactly("养老", "助餐");
    }

    @Test
    void chineseAndAsciiPunctuationSplitTerms() {
        assertThat(ChineseText.terms("养老，助餐、托育；文化。议事！停车？“楼栋”（院落）《手册》"))
                .containsExactly("养老", "助餐", "托育", "文化", "议事", "停车", "楼栋", "院落");
        assertThat(ChineseText.terms("养老,助餐;托育.文化!议事?(停车)/楼栋-院落"))
                .containsExactly("养老", "助餐", "托育", "文化", "议事", "停车", "楼栋", "院落");
    }

    @Test
    void duplicateTermsAreRemovedAndTheFirstOrderKept() {
        assertThat(ChineseText.terms("助餐 养老 助餐，养老")).containsExactly("助餐", "养老");
    }

    @Test
    void atMostEightDistinctTermsAreUsed() {
        assertThat(ChineseText.terms("一一 二二 三三 四四 五五 六六 七七 八八 九九 十十"))
                .hasSize(ChineseText.MAX_TERMS)
                .containsExactly("一一", "二二", "三三", "四四", "五五", "六六", "七七", "八八");
        assertThat(ChineseText.terms("甲 甲 乙 乙 丙 丁 戊 己 庚 辛 壬 癸")).as("duplicates do not use up the eight")
                .containsExactly("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛");
    }

    @Test
    void fullWidthLettersAreNormalisedAndLatinLowerCased() {
        assertThat(ChineseText.terms("ＡＰＰ 智慧Community")).containsExactly("app", "智慧community");
    }

    @Test
    void aVeryLongTermIsCut() {
        assertThat(ChineseText.terms("长".repeat(80))).singleElement()
                .satisfies(t -> assertThat(t.codePointCount(0, t.length())).isEqualTo(ChineseText.MAX_TERM_LENGTH));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "，。、！", "\u3000"})
    void aBlankOrPunctuationOnlyQueryHasNoTerms(String query) {
        assertThat(ChineseText.terms(query)).isEmpty();
    }

    // --- similarity ---

    @Test
    void nearIdenticalTextsAreHighlySimilar() {
        double alike = ChineseText.similarity("东林社区独居老人午餐没有着落，希望开设长者助餐点",
                "东林社区独居老人午餐没有着落，希望开设长者助餐点。");
        assertThat(alike).isEqualTo(1.0, within(1e-9));
        assertThat(ChineseText.similarity("东林社区独居老人午餐没有着落，希望开设长者助餐点",
                "东林社区独居老人的午餐没有着落，希望开长者助餐点")).isGreaterThan(0.8);
    }

    @Test
    void unrelatedTextsAreNotSimilar() {
        assertThat(ChineseText.similarity("老年人助餐服务", "青少年篮球场地翻新")).isEqualTo(0.0, within(1e-9));
        assertThat(ChineseText.similarity("小区停车位不足", "社区图书室需要志愿者")).isLessThan(0.1);
    }

    @Test
    void aShortWordSharesItsBigramWithALongerTitleContainingIt() {
        assertThat(ChineseText.bigrams("助餐")).containsExactly("助餐");
        assertThat(ChineseText.bigrams("长者助餐服务")).containsExactlyInAnyOrder("长者", "者助", "助餐", "餐服", "服务");
        assertThat(ChineseText.similarity("助餐", "长者助餐服务")).isEqualTo(2.0 / 6, within(1e-9));
    }

    @Test
    void aWordWhoseCharactersOccurApartSharesNoBigram() {
        assertThat(ChineseText.bigrams("老年人助餐")).doesNotContain("养老");
        assertThat(ChineseText.similarity("养老", "老年人助餐")).isEqualTo(0.0, within(1e-9));
    }

    @Test
    void bigramsNeverSpanPunctuationAndLatinWordsCountWhole() {
        assertThat(ChineseText.bigrams("养老，助餐")).containsExactlyInAnyOrder("养老", "助餐");
        assertThat(ChineseText.bigrams("APP助餐2025")).containsExactlyInAnyOrder("app", "助餐", "2025");
        assertThat(ChineseText.bigrams("餐")).containsExactly("餐");
    }

    @Test
    void similarityIsSymmetricAndZeroForNothing() {
        assertThat(ChineseText.similarity("长者助餐", "助餐服务")).isEqualTo(ChineseText.similarity("助餐服务", "长者助餐"));
        assertThat(ChineseText.similarity(null, "助餐")).isZero();
        assertThat(ChineseText.similarity("", "助餐")).isZero();
        assertThat(ChineseText.similarity("，", "，")).isZero();
    }

    // --- the search index's keys ---

    @Test
    void indexPairsAreAdjacentCharactersWithinRunsNeverAcrossPunctuation() {
        assertThat(ChineseText.indexPairs("助餐，服务")).containsExactly("助餐", "服务");
        assertThat(ChineseText.indexPairs("长者助餐")).containsExactly("长者", "者助", "助餐");
    }

    @Test
    void indexPairsFoldWidthAndCaseAndPairLatinAndDigitsToo() {
        assertThat(ChineseText.indexPairs("ＡＢ座 5G")).containsExactly("ab", "b座", "5g");
    }

    @Test
    void aSingleCharacterRunHasNoIndexPair() {
        assertThat(ChineseText.indexPairs("老 人")).isEmpty();
        assertThat(ChineseText.indexPairs(null)).isEmpty();
    }

    @Test
    void searchableFormIsTheFoldedText() {
        assertThat(ChineseText.searchable("ＷｉＦｉ 養老")).isEqualTo("wifi 養老");
        assertThat(ChineseText.searchable(null)).isEmpty();
    }
}
