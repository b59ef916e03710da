package org.partnerhub.domain.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.need.NeedFixtures.BAOHE;
import static org.partnerhub.domain.need.NeedFixtures.DONGLIN;
import static org.partnerhub.domain.need.NeedFixtures.DONGLIN_PATH;
import static org.partnerhub.domain.need.NeedFixtures.EDITOR;
import static org.partnerhub.domain.need.NeedFixtures.ELDERLY_MEALS;
import static org.partnerhub.domain.need.NeedFixtures.HEMEI_PATH;
import static org.partnerhub.domain.need.NeedFixtures.ONLINE;
import static org.partnerhub.domain.need.NeedFixtures.PARTNER;
import static org.partnerhub.domain.need.NeedFixtures.QINGLONG_PATH;
import static org.partnerhub.domain.need.NeedFixtures.STAFF;
import static org.partnerhub.domain.need.NeedFixtures.T0;
import static org.partnerhub.domain.need.NeedFixtures.T1;
import static org.partnerhub.domain.need.NeedFixtures.T2;
import static org.partnerhub.domain.need.NeedFixtures.T3;
import static org.partnerhub.domain.need.NeedFixtures.content;
import static org.partnerhub.domain.need.NeedFixtures.draft;
import static org.partnerhub.domain.need.NeedFixtures.lastEvent;
import static org.partnerhub.domain.need.NeedFixtures.needIn;
import static org.partnerhub.domain.need.NeedFixtures.withId;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.TargetGroup;

class NeedTest {

    // --- recording ---

    @Test
    void aRecordedNeedIsADraftWhoseCreatedEntryHoldsEveryInitialValue() {
        NeedContent content = new NeedContent(ELDERLY_MEALS, "老年人助餐", "独居老人午餐没有着落。", 120,
                Set.of(TargetGroup.LOW_INCOME, TargetGroup.ELDERLY), Urgency.HIGH, FundingMode.LOW_FEE, 500_000);
        Need need = Need.record(DONGLIN, DONGLIN_PATH, content, new NeedSource(SourceChannel.FIELD_VISIT, 42L), PARTNER,
                2025, null, false, T0);

        assertThat(need.getStatus()).isEqualTo(NeedStatus.DRAFT);
        assertThat(need.getCommunityCode()).isEqualTo(DONGLIN);
        assertThat(need.getRegionPath()).isEqualTo(DONGLIN_PATH);
        assertThat(need.current()).isEqualTo(content);
        assertThat(need.getTargetGroups()).containsExactly(TargetGroup.ELDERLY, TargetGroup.LOW_INCOME);
        assertThat(need.getSourceChannel()).isEqualTo(SourceChannel.FIELD_VISIT);
        assertThat(need.getVisitId()).isEqualTo(42L);
        assertThat(need.getFundYear()).isEqualTo(2025);
        assertThat(need.getRecordedBy()).isEqualTo(PARTNER.username());
        assertThat(need.getRecordedByName()).isEqualTo(PARTNER.displayName());
        assertThat(need.getRecordedByPartnerId()).isEqualTo(7L);
        assertThat(need.getCreatedAt()).isEqualTo(T0);
        assertThat(need.getUpdatedAt()).isEqualTo(T0);
        assertThat(need.getPublishedAt()).isNull();
        assertThat(need.getHistory()).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("CREATED");
            assertThat(event.getActorName()).isEqualTo(PARTNER.username());
            assertThat(event.getActorDisplay()).isEqualTo(PARTNER.displayName());
            assertThat(event.getOccurredAt()).isEqualTo(T0);
            assertThat(event.getReason()).isNull();
            assertThat(event.getChanges()).extracting(Object::toString).containsExactly(
                    "communityCode: null → " + DONGLIN.value(),
                    "sourceChannel: null → FIELD_VISIT",
                    "visitId: null → 42",
                    "fundYear: null → 2025",
                    "categoryCode: null → elderly-meals",
                    "title: null → 老年人助餐",
                    "description: null → 独居老人午餐没有着落。",
                    "beneficiaries: null → 120",
                    "targetGroups: null → ELDERLY,LOW_INCOME",
                    "urgency: null → HIGH",
                    "fundingMode: null → LOW_FEE",
                    "budgetFen: null → 500000");
        });
    }

    @Test
    void emptyInitialValuesAreLeftOutOfTheCreatedEntry() {
        NeedContent content = new NeedContent(ELDERLY_MEALS, "助餐", "描述", 1, null, Urgency.LOW,
                FundingMode.PUBLIC_BENEFIT, 0);
        Need need = Need.record(DONGLIN, DONGLIN_PATH, content, ONLINE, STAFF, 2025, null, false, T0);

        assertThat(lastEvent(need).getChanges()).extracting(c -> c.getField())
                .doesNotContain("visitId", "targetGroups")
                .contains("budgetFen");
        assertThat(need.getTargetGroups()).isEmpty();
    }

    @Test
    void publishingAtOnceRecordsTheCreationThenThePublication() {
        Need need = Need.record(DONGLIN, DONGLIN_PATH, content(), ONLINE, STAFF, 2025, null, true, T0);

        assertThat(need.getStatus()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(need.getPublishedAt()).isEqualTo(T0);
        assertThat(need.getHistory()).extracting(NeedEvent::getAction).containsExactly("CREATED", "PUBLISH");
        assertThat(lastEvent(need).getChanges()).extracting(Object::toString).containsExactly("status: DRAFT → PUBLISHED");
    }

    // --- editing ---

    @Test
    void anEditRecordsExactlyTheChangedFieldsWithOldAndNewValues() {
        Need need = draft();
        NeedContent before = need.current();
        NeedContent after = new NeedContent(before.category(), "老年人助餐服务", before.description(), 150,
                Set.of(TargetGroup.ELDERLY, TargetGroup.VETERANS), before.urgency(), before.fundingMode(), 800_000);

        assertThat(need.edit(after, EDITOR, T2)).isTrue();

        assertThat(need.current()).isEqualTo(after);
        assertThat(need.getUpdatedAt()).isEqualTo(T2);
        assertThat(need.getHistory()).hasSize(2);
        NeedEvent edited = lastEvent(need);
        assertThat(edited.getAction()).isEqualTo("EDITED");
        assertThat(edited.getActorName()).isEqualTo(EDITOR.username());
        assertThat(edited.getActorDisplay()).isEqualTo(EDITOR.displayName());
        assertThat(edited.getOccurredAt()).isEqualTo(T2);
        assertThat(edited.getChanges()).extracting(Object::toString).containsExactly(
                "title: 老年人助餐 → 老年人助餐服务",
                "beneficiaries: 120 → 150",
                "targetGroups: ELDERLY → ELDERLY,VETERANS",
                "budgetFen: 500000 → 800000");
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        Need need = draft();
        NeedContent same = new NeedContent(ELDERLY_MEALS, " 老年人助餐\u3000", need.getDescription(), 120,
                Set.of(TargetGroup.ELDERLY), Urgency.HIGH, FundingMode.PUBLIC_BENEFIT, 500_000);

        assertThat(need.edit(same, EDITOR, T2)).isFalse();

        assertThat(need.getHistory()).hasSize(1);
        assertThat(need.getUpdatedAt()).isEqualTo(T0);
    }

    @Test
    void clearingTheTargetGroupsIsRecordedAsAChangeToEmpty() {
        Need need = draft();
        NeedContent none = new NeedContent(ELDERLY_MEALS, "老年人助餐", need.getDescription(), 120, Set.of(),
                Urgency.HIGH, FundingMode.PUBLIC_BENEFIT, 500_000);

        assertThat(need.edit(none, EDITOR, T2)).isTrue();
        assertThat(lastEvent(need).getChanges()).extracting(Object::toString).containsExactly("targetGroups: ELDERLY → null");
    }

    @ParameterizedTest
    @EnumSource(value = NeedStatus.class, names = {"DRAFT", "PUBLISHED"})
    void aDraftOrPublishedNeedIsEdited(NeedStatus status) {
        Need need = needIn(status);
        assertThat(need.edit(content("新标题", need.getDescription(), 500_000), EDITOR, T2)).isTrue();
        assertThat(need.getTitle()).isEqualTo("新标题");
    }

    @ParameterizedTest
    @EnumSource(value = NeedStatus.class, names = {"IN_COOPERATION", "FULFILLED", "CLOSED"})
    void anEditIsRefusedOnceInCooperationFulfilledOrClosed(NeedStatus status) {
        Need need = needIn(status);
        int entries = need.getHistory().size();

        assertThatThrownBy(() -> need.edit(content("新标题", need.getDescription(), 500_000), EDITOR, T2))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("need.notEditable");
                    assertThat(e.message().args()).containsExactly(status);
                });
        assertThat(need.getTitle()).isEqualTo("老年人助餐");
        assertThat(need.getHistory()).hasSize(entries);
    }

    // --- moves ---

    @Test
    void closingNeedsAReasonAndKeepsIt() {
        Need need = needIn(NeedStatus.PUBLISHED);
        for (String blank : new String[] {null, "", "  ", "\u3000"}) {
            assertThatThrownBy(() -> need.apply(NeedAction.CLOSE, STAFF, blank, T2))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.message().key()).isEqualTo("need.reason.required"));
        }
        assertThat(need.getStatus()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(need.getHistory()).hasSize(2);

        need.apply(NeedAction.CLOSE, STAFF, "  居民已自行解决 ", T2);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.CLOSED);
        assertThat(need.getStatusReason()).isEqualTo("居民已自行解决");
        assertThat(lastEvent(need).getReason()).isEqualTo("居民已自行解决");
    }

    @Test
    void aReasonLongerThanTheLimitIsRefused() {
        Need need = needIn(NeedStatus.PUBLISHED);
        assertThatThrownBy(() -> need.apply(NeedAction.CLOSE, STAFF, "因".repeat(Need.REASON_MAX + 1), T2))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.message().key()).isEqualTo("text.tooLong"));
        need.apply(NeedAction.CLOSE, STAFF, "因".repeat(Need.REASON_MAX), T2);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.CLOSED);
    }

    @Test
    void publishingTwiceKeepsTheFirstPublicationTime() {
        Need need = needIn(NeedStatus.PUBLISHED);
        assertThat(need.getPublishedAt()).isEqualTo(T1);
        need.apply(NeedAction.CLOSE, STAFF, "暂缓", T2);
        need.apply(NeedAction.REOPEN, STAFF, null, T2);
        need.apply(NeedAction.PUBLISH, STAFF, null, T3);
        assertThat(need.getPublishedAt()).isEqualTo(T1);
        assertThat(need.getStatusReason()).isNull();
    }

    @Test
    void aReopenedNeedReturnsAsADraft() {
        Need need = needIn(NeedStatus.CLOSED);
        need.apply(NeedAction.REOPEN, STAFF, null, T2);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.DRAFT);
        assertThat(need.getStatusReason()).isNull();
        assertThat(need.isWithin(QINGLONG_PATH)).isTrue();
    }

    // --- merging ---

    @Test
    void aMergeClosesTheNeedAndBothHistoriesSaySo() {
        Need source = withId(needIn(NeedStatus.PUBLISHED), 11L);
        Need target = withId(needIn(NeedStatus.DRAFT), 12L);
        int targetEntries = target.getHistory().size();

        source.mergeInto(target, EDITOR, "同一小区的同一需求", T2);

        assertThat(source.getStatus()).isEqualTo(NeedStatus.CLOSED);
        assertThat(source.getMergedIntoId()).isEqualTo(12L);
        assertThat(source.getStatusReason()).isEqualTo("同一小区的同一需求");
        assertThat(source.getUpdatedAt()).isEqualTo(T2);
        assertThat(lastEvent(source)).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("MERGED_INTO");
            assertThat(event.getActorName()).isEqualTo(EDITOR.username());
            assertThat(event.getOccurredAt()).isEqualTo(T2);
            assertThat(event.getReason()).isEqualTo("同一小区的同一需求");
            assertThat(event.getChanges()).extracting(Object::toString)
                    .containsExactly("status: PUBLISHED → CLOSED", "mergedIntoId: null → 12");
        });

        assertThat(target.getStatus()).as("the target stays as it was").isEqualTo(NeedStatus.DRAFT);
        assertThat(target.getMergedIntoId()).isNull();
        assertThat(target.getUpdatedAt()).isEqualTo(T2);
        assertThat(target.getHistory()).hasSize(targetEntries + 1);
        assertThat(lastEvent(target)).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("MERGED_FROM");
            assertThat(event.getActorName()).isEqualTo(EDITOR.username());
            assertThat(event.getReason()).isEqualTo("同一小区的同一需求");
            assertThat(event.getChanges()).extracting(Object::toString).containsExactly("mergedFromId: null → 11");
        });
        assertThat(source.earmark()).as("a merged need holds nothing of the fund").isZero();
    }

    @Test
    void aNeedIsNotMergedIntoItself() {
        Need need = withId(needIn(NeedStatus.PUBLISHED), 11L);
        assertThatThrownBy(() -> need.mergeInto(need, EDITOR, null, T2))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.message().key()).isEqualTo("need.merge.self"));
        Need sameRow = withId(needIn(NeedStatus.PUBLISHED), 11L);
        assertThatThrownBy(() -> need.mergeInto(sameRow, EDITOR, null, T2)).isInstanceOf(RuleViolationException.class);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.PUBLISHED);
    }

    @ParameterizedTest
    @EnumSource(value = NeedStatus.class, names = {"FULFILLED", "CLOSED"})
    void aClosedOrFulfilledTargetTakesNoMerge(NeedStatus targetStatus) {
        Need source = withId(needIn(NeedStatus.PUBLISHED), 11L);
        Need target = withId(needIn(targetStatus), 12L);
        int targetEntries = target.getHistory().size();

        assertThatThrownBy(() -> source.mergeInto(target, EDITOR, null, T2))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("need.merge.targetClosed");
                    assertThat(e.message().args()).containsExactly(12L, targetStatus);
                });
        assertThat(source.getStatus()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(source.getMergedIntoId()).isNull();
        assertThat(target.getHistory()).hasSize(targetEntries);
    }

    @ParameterizedTest
    @EnumSource(value = NeedStatus.class, names = {"IN_COOPERATION", "FULFILLED", "CLOSED"})
    void onlyADraftOrPublishedNeedIsMergedAway(NeedStatus sourceStatus) {
        Need source = withId(needIn(sourceStatus), 11L);
        Need target = withId(needIn(NeedStatus.PUBLISHED), 12L);

        assertThatThrownBy(() -> source.mergeInto(target, EDITOR, null, T2)).isInstanceOf(ConflictException.class);
        assertThat(source.getStatus()).isEqualTo(sourceStatus);
        assertThat(source.getMergedIntoId()).isNull();
    }

    @Test
    void aMergedNeedIsNotReopened() {
        Need source = withId(needIn(NeedStatus.PUBLISHED), 11L);
        source.mergeInto(withId(needIn(NeedStatus.PUBLISHED), 12L), EDITOR, "重复", T2);
        int entries = source.getHistory().size();

        assertThatThrownBy(() -> source.apply(NeedAction.REOPEN, STAFF, null, T3))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("need.merged");
                    assertThat(e.message().args()).containsExactly(12L);
                });
        assertThat(source.getStatus()).isEqualTo(NeedStatus.CLOSED);
        assertThat(source.getHistory()).hasSize(entries);
    }

    @Test
    void aNeedClosedWithoutMergingIsReopened() {
        Need closed = withId(needIn(NeedStatus.CLOSED), 11L);
        closed.apply(NeedAction.REOPEN, STAFF, null, T3);
        assertThat(closed.getStatus()).isEqualTo(NeedStatus.DRAFT);
    }

    // --- earmarks and places ---

    @ParameterizedTest
    @EnumSource(NeedStatus.class)
    void everyNeedButAClosedOneHoldsItsBudget(NeedStatus status) {
        Need need = needIn(status);
        assertThat(need.earmark()).isEqualTo(status == NeedStatus.CLOSED ? 0 : 500_000);
    }

    @Test
    void aPartnersDraftHoldsNothingOfTheFundUntilTheCommunityPublishesIt() {
        Need draft = Need.record(DONGLIN, DONGLIN_PATH, content(), ONLINE, PARTNER, 2025, null, false, T0);
        assertThat(draft.isFundConfirmed()).isFalse();
        assertThat(draft.earmark()).as("a partner's draft earmarks nothing").isZero();

        draft.apply(NeedAction.PUBLISH, STAFF, null, T1);

        assertThat(draft.isFundConfirmed()).isTrue();
        assertThat(draft.earmark()).isEqualTo(500_000);
        assertThat(draft().isFundConfirmed()).as("the staff's own draft holds its budget at once").isTrue();
    }

    @Test
    void theStreetPathIsTheCommunityPathWithoutItsLastStep() {
        assertThat(draft().streetPath()).isEqualTo(QINGLONG_PATH);
        Need elsewhere = Need.record(DONGLIN, HEMEI_PATH, content(), ONLINE, STAFF, 2025, null, false, T0);
        assertThat(elsewhere.streetPath()).isEqualTo("/510100/510108/" + BAOHE.value() + "/");
    }

    @Test
    void aNeedIsWithinItsCommunityItsStreetAndItsDistrictOnly() {
        Need need = draft();
        assertThat(need.isWithin(DONGLIN_PATH)).isTrue();
        assertThat(need.isWithin(QINGLONG_PATH)).isTrue();
        assertThat(need.isWithin("/510100/510108/")).isTrue();
        assertThat(need.isWithin(HEMEI_PATH)).isFalse();
        assertThat(need.isWithin(null)).isFalse();
    }
}
