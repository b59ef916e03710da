package org.partnerhub.domain.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.need.NeedFixtures.ELDERLY_MEALS;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.domain.shared.TargetGroup;

class NeedContentTest {

    private static NeedContent with(String title, String description, int beneficiaries, Urgency urgency, long budget) {
        return new NeedContent(ELDERLY_MEALS, title, description, beneficiaries, Set.of(TargetGroup.ELDERLY), urgency,
                FundingMode.PUBLIC_BENEFIT, budget);
    }

    private static InvalidInputException refusal(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("the content was accepted");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        InvalidInputException e = refusal(() -> new NeedContent(null, "标".repeat(101), "  ", 0, null, null, null, -1));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("categoryCode", "title", "description",
                "beneficiaries", "urgency", "fundingMode", "budgetFen");
        assertThat(e.errors()).extracting(error -> error.message().key()).containsExactly("text.required",
                "text.tooLong", "text.required", "number.range", "text.required", "text.required", "money.range");
        assertThat(e.errors().get(1).message().args()).containsExactly(NeedContent.TITLE_MAX);
        assertThat(e.errors().get(3).message().args()).containsExactly(1, NeedContent.BENEFICIARIES_MAX);
        assertThat(e.message().key()).isEqualTo("input.invalid");
        assertThat(e.message().args()).containsExactly(7);
    }

    @Test
    void aTitleOf100CharactersIsAcceptedAnd101AreNot() {
        assertThat(with("标".repeat(100), "描述", 1, Urgency.LOW, 0).title()).hasSize(100);
        assertThat(refusal(() -> with("标".repeat(101), "描述", 1, Urgency.LOW, 0)).errors())
                .extracting(FieldError::field).containsExactly("title");
    }

    @Test
    void lengthsCountCharactersAsPeopleSeeThemNotUtf16Units() {
        String hundredEmoji = "😀".repeat(100);
        assertThat(with(hundredEmoji, "描述", 1, Urgency.LOW, 0).title()).isEqualTo(hundredEmoji);
        assertThat(refusal(() -> with(hundredEmoji + "😀", "描述", 1, Urgency.LOW, 0)).errors())
                .extracting(FieldError::field).containsExactly("title");
    }

    @Test
    void theDescriptionMayHave4000Characters() {
        assertThat(with("标题", "述".repeat(4000), 1, Urgency.LOW, 0).description()).hasSize(4000);
        assertThat(refusal(() -> with("标题", "述".repeat(4001), 1, Urgency.LOW, 0)).errors())
                .extracting(FieldError::field).containsExactly("description");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, NeedContent.BENEFICIARIES_MAX + 1})
    void beneficiariesOutsideTheRangeAreRefused(int beneficiaries) {
        assertThat(refusal(() -> with("标题", "描述", beneficiaries, Urgency.LOW, 0)).errors())
                .extracting(FieldError::field).containsExactly("beneficiaries");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, NeedContent.BENEFICIARIES_MAX})
    void beneficiariesAtTheLimitsAreAccepted(int beneficiaries) {
        assertThat(with("标题", "描述", beneficiaries, Urgency.LOW, 0).beneficiaries()).isEqualTo(beneficiaries);
    }

    @Test
    void theBudgetIsFromZeroToTheLargestAmount() {
        assertThat(with("标题", "描述", 1, Urgency.LOW, 0).budgetFen()).isZero();
        assertThat(with("标题", "描述", 1, Urgency.LOW, Money.MAX_FEN).budgetFen()).isEqualTo(Money.MAX_FEN);
        assertThat(refusal(() -> with("标题", "描述", 1, Urgency.LOW, -1)).errors()).extracting(FieldError::field)
                .containsExactly("budgetFen");
        assertThat(refusal(() -> with("标题", "描述", 1, Urgency.LOW, Money.MAX_FEN + 1)).errors())
                .extracting(FieldError::field).containsExactly("budgetFen");
    }

    @Test
    void aMissingUrgencyIsNamed() {
        assertThat(refusal(() -> with("标题", "描述", 1, null, 0)).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("urgency");
            assertThat(error.message().key()).isEqualTo("text.required");
        });
    }

    @Test
    void textIsTrimmedAndTheTargetGroupsAreCopiedAndFixed() {
        Set<TargetGroup> groups = new HashSet<>(Set.of(TargetGroup.CHILDREN));
        NeedContent content = new NeedContent(ELDERLY_MEALS, "\u3000 老年人助餐 ", "\n描述\t", 1, groups, Urgency.LOW,
                FundingMode.PAID, 0);
        groups.add(TargetGroup.ELDERLY);

        assertThat(content.title()).isEqualTo("老年人助餐");
        assertThat(content.description()).isEqualTo("描述");
        assertThat(content.targetGroups()).containsExactly(TargetGroup.CHILDREN);
        assertThatThrownBy(() -> content.targetGroups().add(TargetGroup.YOUTH))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new NeedContent(ELDERLY_MEALS, "t", "d", 1, EnumSet.noneOf(TargetGroup.class), Urgency.LOW,
                FundingMode.PAID, 0).targetGroups()).isEmpty();
    }
}
