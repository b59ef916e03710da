package org.partnerhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    @Test
    void onlyFieldsWhoseValuesDifferAreRecordedInTheOrderCompared() {
        ChangeSet changes = new ChangeSet()
                .compare("title", "老年人助餐", "老年人助餐服务")
                .compare("beneficiaries", 120, 120)
                .compare("urgency", FundingMode.LOW_FEE, FundingMode.PAID)
                .compare("budgetFen", 500_000L, 800_000L);

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.changes()).containsExactly(
                new FieldChange("title", "老年人助餐", "老年人助餐服务"),
                new FieldChange("urgency", "LOW_FEE", "PAID"),
                new FieldChange("budgetFen", "500000", "800000"));
    }

    @Test
    void valuesAreComparedAsTheTextAPersonReads() {
        ChangeSet changes = new ChangeSet()
                .compare("count", 120, 120L)
                .compare("empty", "", null)
                .compare("noGroups", List.of(), null)
                .compare("date", LocalDate.of(2025, 11, 27), "2025-11-27");

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.changes()).isEmpty();
    }

    @Test
    void enumsAreNamedAndCollectionsJoinedInTheirOrder() {
        assertThat(ChangeSet.render(TargetGroup.ELDERLY)).isEqualTo("ELDERLY");
        assertThat(ChangeSet.render(List.of(TargetGroup.ELDERLY, TargetGroup.VETERANS))).isEqualTo("ELDERLY,VETERANS");
        assertThat(ChangeSet.render(List.of())).isNull();
        assertThat(ChangeSet.render("")).isNull();
        assertThat(ChangeSet.render(null)).isNull();
        assertThat(ChangeSet.render(42L)).isEqualTo("42");
    }

    @Test
    void initialValuesGoFromNothingAndEmptyOnesAreLeftOut() {
        ChangeSet initial = new ChangeSet()
                .initial("communityCode", "510108-ABC123")
                .initial("visitId", null)
                .initial("targetGroups", List.of())
                .initial("fundYear", 2025);

        assertThat(initial.changes()).extracting(Object::toString)
                .containsExactly("communityCode: null → 510108-ABC123", "fundYear: null → 2025");
    }

    @Test
    void clearingAValueIsAChangeToNothing() {
        assertThat(new ChangeSet().compare("reason", "暂缓", null).changes())
                .containsExactly(new FieldChange("reason", "暂缓", null));
    }

    @Test
    void theRecordedChangesCannotBeAlteredFromOutside() {
        ChangeSet changes = new ChangeSet().compare("title", "a", "b");
        assertThatThrownBy(() -> changes.changes().add(new FieldChange("x", null, "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aVeryLongValueIsCutButStillMarkedAsChanged() {
        String before = "甲".repeat(FieldChange.VALUE_MAX + 10);
        String after = before + "乙";
        FieldChange change = new ChangeSet().compare("description", before, after).changes().get(0);

        assertThat(change.getOldValue()).hasSize(FieldChange.VALUE_MAX).endsWith("…");
        assertThat(change.getNewValue()).hasSize(FieldChange.VALUE_MAX).endsWith("…");
    }
}
