package org.partnerhub.domain.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.need.NeedFixtures.BAOHE;
import static org.partnerhub.domain.need.NeedFixtures.CHILD_CARE;
import static org.partnerhub.domain.need.NeedFixtures.EDITOR;
import static org.partnerhub.domain.need.NeedFixtures.ELDERLY_MEALS;
import static org.partnerhub.domain.need.NeedFixtures.QINGLONG;
import static org.partnerhub.domain.need.NeedFixtures.QINGLONG_PATH;
import static org.partnerhub.domain.need.NeedFixtures.T0;
import static org.partnerhub.domain.need.NeedFixtures.T1;
import static org.partnerhub.domain.need.NeedFixtures.T2;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.RuleViolationException;

class PainPointTest {

    private static final String TITLE = "志愿服务缺乏品牌";
    private static final String DESCRIPTION = "街道志愿服务项目多而散，居民记不住，也难以持续。";

    static PainPoint draft() {
        return PainPoint.record(QINGLONG, QINGLONG_PATH, ELDERLY_MEALS, TITLE, DESCRIPTION, EDITOR, false, T0);
    }

    static PainPoint pointIn(PainPointStatus status) {
        PainPoint point = draft();
        switch (status) {
            case DRAFT -> { }
            case PUBLISHED -> point.apply(PainPointAction.PUBLISH, EDITOR, null, T1);
            case RESOLVED -> {
                point.apply(PainPointAction.PUBLISH, EDITOR, null, T1);
                point.apply(PainPointAction.RESOLVE, EDITOR, "已建立品牌", T1);
            }
            case CLOSED -> point.apply(PainPointAction.CLOSE, EDITOR, "不再跟进", T1);
        }
        assertThat(point.getStatus()).isEqualTo(status);
        return point;
    }

    @Test
    void aRecordedPainPointStartsAsADraftWithACreatedEntryOfItsFirstValues() {
        PainPoint point = draft();

        assertThat(point.getStatus()).isEqualTo(PainPointStatus.DRAFT);
        assertThat(point.getStreetCode()).isEqualTo(QINGLONG);
        assertThat(point.getTitle()).isEqualTo(TITLE);
        assertThat(point.getRecordedBy()).isEqualTo(EDITOR.username());
        assertThat(point.getCreatedAt()).isEqualTo(T0);
        assertThat(point.getHistory()).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("CREATED");
            assertThat(event.getActorName()).isEqualTo(EDITOR.username());
            assertThat(event.getActorDisplay()).isEqualTo(EDITOR.displayName());
            assertThat(event.getOccurredAt()).isEqualTo(T0);
            assertThat(event.getChanges()).extracting(Object::toString).containsExactly(
                    "streetCode: null → " + QINGLONG.value(),
                    "categoryCode: null → elderly-meals",
                    "title: null → " + TITLE,
                    "description: null → " + DESCRIPTION);
        });
    }

    @Test
    void publishingAtOnceRecordsTheCreationAndThePublication() {
        PainPoint point = PainPoint.record(QINGLONG, QINGLONG_PATH, ELDERLY_MEALS, TITLE, DESCRIPTION, EDITOR, true, T0);

        assertThat(point.getStatus()).isEqualTo(PainPointStatus.PUBLISHED);
        assertThat(point.getHistory()).extracting(PainPointEvent::getAction).containsExactly("CREATED", "PUBLISH");
    }

    @Test
    void anEditRecordsExactlyTheChangedFieldsAndNothingWhenNothingChanged() {
        PainPoint point = draft();

        assertThat(point.edit(ELDERLY_MEALS, "  " + TITLE + " ", DESCRIPTION, EDITOR, T1))
                .as("surrounding spaces are no change").isFalse();
        assertThat(point.getHistory()).hasSize(1);
        assertThat(point.getUpdatedAt()).isEqualTo(T0);

        assertThat(point.edit(CHILD_CARE, TITLE, "新的描述", EDITOR, T2)).isTrue();
        assertThat(point.getHistory()).hasSize(2);
        PainPointEvent edited = point.getHistory().get(1);
        assertThat(edited.getAction()).isEqualTo("EDITED");
        assertThat(edited.getOccurredAt()).isEqualTo(T2);
        assertThat(edited.getChanges()).extracting(Object::toString).containsExactly(
                "categoryCode: elderly-meals → elderly-children",
                "description: " + DESCRIPTION + " → 新的描述");
        assertThat(point.getUpdatedAt()).isEqualTo(T2);
    }

    @ParameterizedTest
    @EnumSource(value = PainPointStatus.class, names = {"DRAFT", "PUBLISHED", "RESOLVED"})
    void anOpenOrResolvedPainPointCanBeEdited(PainPointStatus status) {
        assertThat(pointIn(status).edit(ELDERLY_MEALS, "新标题", DESCRIPTION, EDITOR, T2)).isTrue();
    }

    @Test
    void aClosedPainPointIsNotEdited() {
        PainPoint point = pointIn(PainPointStatus.CLOSED);
        assertThatThrownBy(() -> point.edit(ELDERLY_MEALS, "新标题", DESCRIPTION, EDITOR, T2))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("painPoint.notEditable"));
        assertThat(point.getTitle()).isEqualTo(TITLE);
    }

    @Test
    void anInvalidEditNamesEveryBadFieldAndChangesNothing() {
        PainPoint point = draft();
        assertThatThrownBy(() -> point.edit(null, "标".repeat(101), " ", EDITOR, T1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("categoryCode", "title", "description"));
        assertThat(point.getTitle()).isEqualTo(TITLE);
        assertThat(point.getCategoryCode()).isEqualTo(ELDERLY_MEALS);
        assertThat(point.getHistory()).hasSize(1);
    }

    @Test
    void checkAcceptsTheLimitsAndRefusesBeyondThem() {
        assertThat(PainPoint.check(ELDERLY_MEALS, "标".repeat(100), "述".repeat(4000))).isEmpty();
        assertThat(PainPoint.check(ELDERLY_MEALS, "标".repeat(101), "述".repeat(4001))).extracting(FieldError::field)
                .containsExactly("title", "description");
        assertThat(PainPoint.check(ELDERLY_MEALS, null, null)).extracting(e -> e.message().key())
                .containsExactly("text.required", "text.required");
    }

    @Test
    void resolvingClosingAndReopeningNeedAReason() {
        PainPoint published = pointIn(PainPointStatus.PUBLISHED);
        for (PainPointAction action : new PainPointAction[] {PainPointAction.RESOLVE, PainPointAction.CLOSE}) {
            assertThatThrownBy(() -> published.apply(action, EDITOR, "  ", T2))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.message().key()).isEqualTo("need.reason.required"));
        }
        assertThat(published.getStatus()).isEqualTo(PainPointStatus.PUBLISHED);

        PainPoint closed = pointIn(PainPointStatus.CLOSED);
        assertThat(closed.getStatusReason()).isEqualTo("不再跟进");
        assertThatThrownBy(() -> closed.apply(PainPointAction.REOPEN, EDITOR, null, T2))
                .isInstanceOf(RuleViolationException.class);
        closed.apply(PainPointAction.REOPEN, EDITOR, "问题再次出现", T2);
        assertThat(closed.getStatus()).isEqualTo(PainPointStatus.PUBLISHED);
        assertThat(closed.getStatusReason()).isEqualTo("问题再次出现");
    }

    @Test
    void aPainPointBelongsToItsStreetOnly() {
        PainPoint point = draft();
        assertThat(point.isWithin(QINGLONG_PATH)).isTrue();
        assertThat(point.isWithin("/510100/510108/")).isTrue();
        assertThat(point.isWithin("/510100/510108/" + BAOHE.value() + "/")).isFalse();
        assertThat(point.isWithin(null)).isFalse();
    }
}
