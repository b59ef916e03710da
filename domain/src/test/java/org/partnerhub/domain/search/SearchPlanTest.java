package org.partnerhub.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.ChineseText;

class SearchPlanTest {

    @Test
    void aTwoCharacterTermIsOnePair() {
        SearchPlan plan = SearchPlan.of("助餐");
        assertThat(plan.terms()).containsExactly("助餐");
        assertThat(plan.pairs()).containsExactly("助餐");
        assertThat(plan.usesIndex()).isTrue();
    }

    @Test
    void onlyTermsThatThePostingsDoNotSettleAreCheckedOnTheText() {
        assertThat(SearchPlan.of("助餐").textTerms()).as("a pair is exact").isEmpty();
        assertThat(SearchPlan.of("助餐 服务").textTerms()).isEmpty();
        assertThat(SearchPlan.of("老年人助餐 服务").textTerms()).containsExactly("老年人助餐");
        assertThat(SearchPlan.of("老 服务").textTerms()).containsExactly("老");
    }

    @Test
    void aLongTermNeedsOnlyItsFirstMiddleAndLastPair() {
        assertThat(SearchPlan.of("老年人助餐服务").pairs()).containsExactly("老年", "助餐", "服务");
        assertThat(SearchPlan.of("老年人助").pairs()).containsExactly("老年", "年人", "人助");
    }

    @Test
    void punctuationSplitsTermsAndNoPairSpansIt() {
        SearchPlan plan = SearchPlan.of("助餐，服务");
        assertThat(plan.terms()).containsExactly("助餐", "服务");
        assertThat(plan.pairs()).containsExactly("助餐", "服务").doesNotContain("餐服");
    }

    @Test
    void latinAndDigitsArePairedLikeChineseAfterFoldingWidthAndCase() {
        SearchPlan plan = SearchPlan.of("ＷｉＦｉ 5G");
        assertThat(plan.terms()).containsExactly("wifi", "5g");
        assertThat(plan.pairs()).containsExactly("wi", "if", "fi", "5g");
    }

    @Test
    void singleCharacterTermsHaveNoPairAndAreCheckedOnTheTextAlone() {
        SearchPlan plan = SearchPlan.of("老 人");
        assertThat(plan.terms()).containsExactly("老", "人");
        assertThat(plan.usesIndex()).isFalse();
        assertThat(SearchPlan.of("老 助餐").pairs()).containsExactly("助餐");
    }

    @Test
    void traditionalCharactersAreKeptAsTyped() {
        assertThat(SearchPlan.of("養老").pairs()).containsExactly("養老");
    }

    @Test
    void anEmptyOrPunctuationOnlyQueryHasNoTerm() {
        assertThat(SearchPlan.of("  ，。！ ").isEmpty()).isTrue();
        assertThat(SearchPlan.of((String) null).isEmpty()).isTrue();
    }

    @Test
    void atMostEightPairsAreRequired() {
        SearchPlan plan = SearchPlan.of("老年人助餐服务 社区食堂运营 日间照料中心 心理健康咨询");
        assertThat(plan.pairs()).hasSize(SearchPlan.MAX_PAIRS);
        assertThat(plan.terms()).hasSize(4);
    }

    @Test
    void everyPairAPlanRequiresIsAPairOfAnyTextContainingTheTerms() {
        String text = "长者助餐服务：为辖区 80 岁以上老人提供WiFi点餐";
        for (String q : new String[] {"助餐", "长者助餐服务", "80", "wifi", "点餐", "辖区"}) {
            assertThat(ChineseText.indexPairs(text)).as(q).containsAll(SearchPlan.of(q).pairs());
        }
    }

    @Test
    void relevanceWeighsTheWholeTitleThenTermsInTheTitle() {
        SearchPlan plan = SearchPlan.of("长者 助餐");
        assertThat(plan.rank("长者 助餐")).isEqualTo(SearchPlan.EXACT_TITLE + 2 * SearchPlan.TITLE_TERM);
        assertThat(plan.rank("长者助餐服务")).isEqualTo(2 * SearchPlan.TITLE_TERM);
        assertThat(plan.rank("助餐点")).isEqualTo(SearchPlan.TITLE_TERM);
        assertThat(plan.rank("社区食堂")).isZero();
    }
}
