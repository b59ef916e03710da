package org.partnerhub.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.supply.SupplyStatus;

class MatchScorerTest {

    static final CategoryCode ELDERLY = CategoryCode.of("elderly-children");
    static final CategoryCode MEALS = CategoryCode.of("elderly-meals");
    static final CategoryCode EDUCATION = CategoryCode.of("parent-child-education");
    static final CategoryCode ENVIRONMENT = CategoryCode.of("environment");

    static final String DISTRICT = "/510100/510108/";
    static final String STREET = DISTRICT + "S1/";
    static final String COMMUNITY = STREET + "C1/";
    static final String OTHER_COMMUNITY = STREET + "C2/";
    static final String OTHER_STREET = DISTRICT + "S2/";
    static final String OTHER_CITY = "/500100/500107/";

    final MatchScorer scorer = new MatchScorer(MatchWeights.DEFAULT, Map.of(MEALS, ELDERLY, EDUCATION, ELDERLY));

    static NeedSide need(CategoryCode category, FundingMode mode, long budgetFen) {
        return new NeedSide(1L, NeedStatus.PUBLISHED, category, COMMUNITY, mode, budgetFen);
    }

    static ItemSide item(long id, CategoryCode category, List<String> served, int capacity, int inUse, FundingMode mode) {
        return new ItemSide(id, 100 + id, SupplyStatus.PUBLISHED, true, category, served, capacity, inUse, mode);
    }

    MatchScore score(NeedSide need, ItemSide item) {
        return scorer.score(need, item, TrackRecord.NONE).orElseThrow();
    }

    @Test
    void theSameCategoryInTheSameStreetRanksAboveTheSameCategoryCrossRegion() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        MatchScore street = score(need, item(1, MEALS, List.of(STREET), 5, 0, FundingMode.PUBLIC_BENEFIT));
        MatchScore cross = score(need, item(2, MEALS, List.of(OTHER_CITY), 5, 0, FundingMode.PUBLIC_BENEFIT));
        assertThat(street.region()).isEqualTo(RegionFit.STREET);
        assertThat(cross.region()).isEqualTo(RegionFit.CROSS_REGION);
        assertThat(street.score()).isGreaterThan(cross.score());
        assertThat(street.has(ReasonCode.REGION_STREET)).isTrue();
        assertThat(cross.has(ReasonCode.REGION_CROSS)).isTrue();
        // category 30 + street 24 + capacity 10 + free 15 + no record 0
        assertThat(street.score()).isEqualTo(79);
        assertThat(cross.score()).isEqualTo(61);
    }

    @Test
    void theRegionFitIsTheClosestServedRegionThatHoldsTheCommunity() {
        assertThat(RegionFit.of(COMMUNITY, List.of(COMMUNITY))).isEqualTo(RegionFit.COMMUNITY);
        assertThat(RegionFit.of(COMMUNITY, List.of(OTHER_STREET, STREET))).isEqualTo(RegionFit.STREET);
        assertThat(RegionFit.of(COMMUNITY, List.of(DISTRICT, COMMUNITY))).isEqualTo(RegionFit.COMMUNITY);
        assertThat(RegionFit.of(COMMUNITY, List.of(DISTRICT))).isEqualTo(RegionFit.DISTRICT);
        assertThat(RegionFit.of(COMMUNITY, List.of("/510100/"))).isEqualTo(RegionFit.DISTRICT);
        assertThat(RegionFit.of(COMMUNITY, List.of(OTHER_COMMUNITY, OTHER_STREET))).isEqualTo(RegionFit.CROSS_REGION);
        assertThat(RegionFit.of(COMMUNITY, List.of())).isEqualTo(RegionFit.CROSS_REGION);
    }

    @Test
    void communityThenStreetThenDistrictThenCrossRegion() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        List<Integer> scores = new ArrayList<>();
        for (String served : List.of(COMMUNITY, STREET, DISTRICT, OTHER_STREET)) {
            scores.add(score(need, item(1, MEALS, List.of(served), 5, 0, FundingMode.PUBLIC_BENEFIT)).score());
        }
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a).doesNotHaveDuplicates();
    }

    @Test
    void theSameCategoryAboveTheSameParentAboveAnotherDomain() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        MatchScore same = score(need, item(1, MEALS, List.of(STREET), 5, 0, FundingMode.PUBLIC_BENEFIT));
        MatchScore sibling = score(need, item(2, EDUCATION, List.of(STREET), 5, 0, FundingMode.PUBLIC_BENEFIT));
        MatchScore parent = score(need, item(3, ELDERLY, List.of(STREET), 5, 0, FundingMode.PUBLIC_BENEFIT));
        MatchScore other = score(need, item(4, ENVIRONMENT, List.of(STREET), 5, 0, FundingMode.PUBLIC_BENEFIT));
        assertThat(same.category()).isEqualTo(CategoryFit.SAME);
        assertThat(sibling.category()).isEqualTo(CategoryFit.RELATED);
        assertThat(parent.category()).isEqualTo(CategoryFit.RELATED);
        assertThat(other.category()).isEqualTo(CategoryFit.NONE);
        assertThat(same.score() - sibling.score()).isEqualTo(15);
        assertThat(sibling.score()).isEqualTo(parent.score());
        assertThat(sibling.score() - other.score()).isEqualTo(15);
        assertThat(other.has(ReasonCode.CATEGORY_OTHER)).isTrue();
    }

    @Test
    void aFullItemIsAbsent() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        assertThat(scorer.score(need, item(1, MEALS, List.of(COMMUNITY), 2, 2, FundingMode.PUBLIC_BENEFIT),
                TrackRecord.NONE)).isEmpty();
        assertThat(scorer.score(need, item(1, MEALS, List.of(COMMUNITY), 2, 1, FundingMode.PUBLIC_BENEFIT),
                TrackRecord.NONE)).isPresent();
    }

    @Test
    void pausedWithdrawnAndSuspendedItemsAndClosedNeedsAreAbsent() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        for (SupplyStatus status : List.of(SupplyStatus.PAUSED, SupplyStatus.WITHDRAWN)) {
            ItemSide item = new ItemSide(1L, 2L, status, true, MEALS, List.of(COMMUNITY), 5, 0, FundingMode.PAID);
            assertThat(scorer.score(need, item, TrackRecord.NONE)).as(status.name()).isEmpty();
        }
        ItemSide suspended = new ItemSide(1L, 2L, SupplyStatus.PUBLISHED, false, MEALS, List.of(COMMUNITY), 5, 0,
                FundingMode.PAID);
        assertThat(scorer.score(need, suspended, TrackRecord.NONE)).isEmpty();
        ItemSide fine = item(1, MEALS, List.of(COMMUNITY), 5, 0, FundingMode.PAID);
        for (NeedStatus status : List.of(NeedStatus.CLOSED, NeedStatus.FULFILLED, NeedStatus.IN_COOPERATION)) {
            NeedSide closed = new NeedSide(1L, status, MEALS, COMMUNITY, FundingMode.PAID, 100);
            assertThat(scorer.score(closed, fine, TrackRecord.NONE)).as(status.name()).isEmpty();
        }
        NeedSide draft = new NeedSide(1L, NeedStatus.DRAFT, MEALS, COMMUNITY, FundingMode.PAID, 100);
        assertThat(scorer.score(draft, fine, TrackRecord.NONE)).isPresent();
    }

    @Test
    void moreCapacityLeftCountsUpToThreePlaces() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        int one = score(need, item(1, MEALS, List.of(COMMUNITY), 5, 4, FundingMode.PUBLIC_BENEFIT)).score();
        int three = score(need, item(1, MEALS, List.of(COMMUNITY), 5, 2, FundingMode.PUBLIC_BENEFIT)).score();
        int ten = score(need, item(1, MEALS, List.of(COMMUNITY), 10, 0, FundingMode.PUBLIC_BENEFIT)).score();
        assertThat(one).isLessThan(three);
        assertThat(three).isEqualTo(ten).isEqualTo(100 - 15);
    }

    @Test
    void fundingFit() {
        assertThat(FundingFit.of(FundingMode.PUBLIC_BENEFIT, 0, FundingMode.PUBLIC_BENEFIT)).isEqualTo(FundingFit.FREE);
        assertThat(FundingFit.of(FundingMode.PAID, 500_00, FundingMode.PUBLIC_BENEFIT)).isEqualTo(FundingFit.FREE);
        assertThat(FundingFit.of(FundingMode.LOW_FEE, 500_00, FundingMode.LOW_FEE)).isEqualTo(FundingFit.WITHIN_BUDGET);
        assertThat(FundingFit.of(FundingMode.PAID, 500_00, FundingMode.LOW_FEE)).isEqualTo(FundingFit.WITHIN_BUDGET);
        assertThat(FundingFit.of(FundingMode.PAID, 0, FundingMode.PAID)).isEqualTo(FundingFit.NO_BUDGET);
        assertThat(FundingFit.of(FundingMode.PUBLIC_BENEFIT, 500_00, FundingMode.LOW_FEE))
                .isEqualTo(FundingFit.ABOVE_MODE);
        assertThat(FundingFit.of(FundingMode.LOW_FEE, 1, FundingMode.PAID)).isEqualTo(FundingFit.ABOVE_MODE);
        assertThat(FundingFit.of(FundingMode.PUBLIC_BENEFIT, 0, FundingMode.PAID)).isEqualTo(FundingFit.MISMATCH);
        assertThat(FundingFit.of(FundingMode.LOW_FEE, 0, FundingMode.PAID)).isEqualTo(FundingFit.MISMATCH);
    }

    @Test
    void aPaidItemForAFreeNeedWithoutBudgetRanksBelowAFreeOne() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        MatchScore paid = score(need, item(1, MEALS, List.of(COMMUNITY), 5, 0, FundingMode.PAID));
        MatchScore free = score(need, item(2, MEALS, List.of(COMMUNITY), 5, 0, FundingMode.PUBLIC_BENEFIT));
        assertThat(free.score() - paid.score()).isEqualTo(15);
        assertThat(paid.has(ReasonCode.FUNDING_MISMATCH)).isTrue();
        MatchReason reason = paid.reasons().stream().filter(r -> r.code() == ReasonCode.FUNDING_MISMATCH).findFirst()
                .orElseThrow();
        assertThat(reason.points()).isZero();
        assertThat(reason.message().render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("供给收费（有偿），需求为公益且没有预算");
        assertThat(reason.message().render(Locale.ENGLISH)).isEqualTo("Charged (paid), while the need is public benefit "
                + "(free) without a budget");
        MatchScore budget = score(need(MEALS, FundingMode.LOW_FEE, 1_234_00),
                item(3, MEALS, List.of(COMMUNITY), 5, 0, FundingMode.LOW_FEE));
        assertThat(budget.reasons().get(3).message().render(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("收费方式（低偿）在需求的资金方式（低偿）之内，需求预算 1,234.00 元");
    }

    @Test
    void aTrackRecordInTheCategoryOrStreetRaisesTheScoreByItsRatings() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        ItemSide item = item(1, MEALS, List.of(DISTRICT), 5, 0, FundingMode.PUBLIC_BENEFIT);
        TrackRecord record = new TrackRecord(List.of(new TrackRecord.Line(MEALS, OTHER_STREET, 2, 10),
                new TrackRecord.Line(ENVIRONMENT, STREET, 1, 4), new TrackRecord.Line(ENVIRONMENT, OTHER_STREET, 5, 5)));
        MatchScore with = scorer.score(need, item, record).orElseThrow();
        MatchScore without = score(need, item);
        // three relevant projects (two in the category, one in the street) rated 14 in all: 15 × 14/15 = 14 points
        assertThat(with.score() - without.score()).isEqualTo(14);
        assertThat(with.reasons()).extracting(MatchReason::code).containsSubsequence(ReasonCode.TRACK_CATEGORY,
                ReasonCode.TRACK_STREET, ReasonCode.TRACK_RATING);
        assertThat(with.reasons().stream().filter(r -> r.code() == ReasonCode.TRACK_RATING).findFirst().orElseThrow()
                .message().render(Locale.ENGLISH)).isEqualTo("Related projects rated 4.7 of 5 on average");
        assertThat(without.has(ReasonCode.TRACK_NONE)).isTrue();
        TrackRecord poor = new TrackRecord(List.of(new TrackRecord.Line(MEALS, STREET, 3, 3)));
        assertThat(scorer.score(need, item, poor).orElseThrow().score()).isEqualTo(without.score() + 3);
    }

    @Test
    void theReasonsPointsAddUpToTheScoreAndEveryReasonHasTextInBothLanguages() {
        NeedSide need = need(MEALS, FundingMode.PAID, 100_00);
        ItemSide item = item(1, EDUCATION, List.of(STREET), 9, 8, FundingMode.LOW_FEE);
        MatchScore score = scorer.score(need, item, new TrackRecord(List.of(
                new TrackRecord.Line(MEALS, STREET, 1, 5)))).orElseThrow();
        assertThat(score.reasons().stream().mapToInt(MatchReason::points).sum()).isBetween(score.score() - 2,
                score.score() + 2);
        for (ReasonCode code : ReasonCode.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String text = org.partnerhub.domain.shared.Messages.format(locale, code.messageKey(), 1, 2, "3");
                assertThat(text).as(code + " " + locale).isNotEqualTo(code.messageKey()).doesNotContain("{");
            }
        }
    }

    @Test
    void aTrackRecordNeverAddsMoreThanTheBoundTheServicePrunesBy() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        TrackRecord best = new TrackRecord(List.of(new TrackRecord.Line(MEALS, STREET, 9, 45)));
        for (MatchWeights weights : List.of(MatchWeights.DEFAULT, new MatchWeights(1, 1, 1, 1, 1),
                new MatchWeights(7, 3, 0, 2, 11))) {
            MatchScorer s = new MatchScorer(weights, Map.of());
            for (ItemSide item : List.of(item(1, MEALS, List.of(OTHER_STREET), 1, 0, FundingMode.PAID),
                    item(2, ENVIRONMENT, List.of(COMMUNITY), 9, 0, FundingMode.PUBLIC_BENEFIT))) {
                int without = s.score(need, item, TrackRecord.NONE).orElseThrow().score();
                int with = s.score(need, item, best).orElseThrow().score();
                assertThat(with - without).as(weights.toString()).isPositive()
                        .isLessThanOrEqualTo(s.maxTrackRecordPoints());
            }
        }
    }

    @Test
    void weightsComeFromConfigurationAndChangeTheRanking() {
        MatchScorer regionOnly = new MatchScorer(new MatchWeights(0, 1, 0, 0, 0), Map.of());
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        assertThat(regionOnly.score(need, item(1, ENVIRONMENT, List.of(COMMUNITY), 1, 0, FundingMode.PAID),
                TrackRecord.NONE).orElseThrow().score()).isEqualTo(100);
        assertThatThrownBy(() -> new MatchWeights(0, 0, 0, 0, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MatchWeights(-1, 10, 0, 0, 0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rankingIsByScoreThenCloserRegionThenNewer() {
        NeedSide need = need(MEALS, FundingMode.PUBLIC_BENEFIT, 0);
        List<MatchScorer.Ranked> ranked = new ArrayList<>();
        for (long id = 1; id <= 4; id++) {
            String served = id % 2 == 0 ? COMMUNITY : OTHER_STREET;
            ranked.add(new MatchScorer.Ranked(id, score(need, item(id, MEALS, List.of(served), 5, 0,
                    FundingMode.PUBLIC_BENEFIT))));
        }
        ranked.sort(MatchScorer.RANKING);
        assertThat(ranked).extracting(MatchScorer.Ranked::counterpartId).containsExactly(4L, 2L, 3L, 1L);
    }
}
