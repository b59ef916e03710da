package org.partnerhub.domain.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.need.NeedFixtures.STAFF;
import static org.partnerhub.domain.need.NeedFixtures.T2;
import static org.partnerhub.domain.need.NeedFixtures.needIn;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnerhub.domain.shared.ConflictException;

class NeedActionTest {

    /**
     * Every (status, action) pair of a need, written out by hand: the status it leads to, or {@code CONFLICT} where the
     * move is not allowed.
     */
    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "DRAFT,          PUBLISH,           PUBLISHED",
        "DRAFT,          CLOSE,             CLOSED",
        "DRAFT,          REOPEN,            CONFLICT",
        "DRAFT,          START_COOPERATION, CONFLICT",
        "DRAFT,          RESUME,            CONFLICT",
        "DRAFT,          FULFIL,            CONFLICT",
        "PUBLISHED,      PUBLISH,           CONFLICT",
        "PUBLISHED,      CLOSE,             CLOSED",
        "PUBLISHED,      REOPEN,            CONFLICT",
        "PUBLISHED,      START_COOPERATION, IN_COOPERATION",
        "PUBLISHED,      RESUME,            CONFLICT",
        "PUBLISHED,      FULFIL,            CONFLICT",
        "IN_COOPERATION, PUBLISH,           CONFLICT",
        "IN_COOPERATION, CLOSE,             CONFLICT",
        "IN_COOPERATION, REOPEN,            CONFLICT",
        "IN_COOPERATION, START_COOPERATION, CONFLICT",
        "IN_COOPERATION, RESUME,            PUBLISHED",
        "IN_COOPERATION, FULFIL,            FULFILLED",
        "FULFILLED,      PUBLISH,           CONFLICT",
        "FULFILLED,      CLOSE,             CONFLICT",
        "FULFILLED,      REOPEN,            CONFLICT",
        "FULFILLED,      START_COOPERATION, CONFLICT",
        "FULFILLED,      RESUME,            CONFLICT",
        "FULFILLED,      FULFIL,            CONFLICT",
        "CLOSED,         PUBLISH,           CONFLICT",
        "CLOSED,         CLOSE,             CONFLICT",
        "CLOSED,         REOPEN,            DRAFT",
        "CLOSED,         START_COOPERATION, CONFLICT",
        "CLOSED,         RESUME,            CONFLICT",
        "CLOSED,         FULFIL,            CONFLICT"
    })
    void everyStatusAndActionPairLeadsToTheExpectedStatusOrIsAConflict(NeedStatus status, NeedAction action,
            String expected) {
        if (expected.equals("CONFLICT")) {
            assertThat(action.allowedFrom(status)).isFalse();
            assertThatThrownBy(() -> action.from(status)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.message().key()).isEqualTo("need.transition");
                assertThat(e.message().args()).containsExactly(action, status);
            });
        } else {
            assertThat(action.allowedFrom(status)).isTrue();
            assertThat(action.from(status)).isEqualTo(NeedStatus.valueOf(expected));
            assertThat(action.target()).isEqualTo(NeedStatus.valueOf(expected));
        }
    }

    /** The same table, through the aggregate: an allowed move changes the need, a refused one leaves it as it was. */
    @ParameterizedTest(name = "a need {0} + {1} → {2}")
    @CsvSource({
        "DRAFT,          PUBLISH,           PUBLISHED",
        "DRAFT,          CLOSE,             CLOSED",
        "DRAFT,          REOPEN,            CONFLICT",
        "DRAFT,          START_COOPERATION, CONFLICT",
        "DRAFT,          RESUME,            CONFLICT",
        "DRAFT,          FULFIL,            CONFLICT",
        "PUBLISHED,      PUBLISH,           CONFLICT",
        "PUBLISHED,      CLOSE,             CLOSED",
        "PUBLISHED,      REOPEN,            CONFLICT",
        "PUBLISHED,      START_COOPERATION, IN_COOPERATION",
        "PUBLISHED,      RESUME,            CONFLICT",
        "PUBLISHED,      FULFIL,            CONFLICT",
        "IN_COOPERATION, PUBLISH,           CONFLICT",
        "IN_COOPERATION, CLOSE,             CONFLICT",
        "IN_COOPERATION, REOPEN,            CONFLICT",
        "IN_COOPERATION, START_COOPERATION, CONFLICT",
        "IN_COOPERATION, RESUME,            PUBLISHED",
        "IN_COOPERATION, FULFIL,            FULFILLED",
        "FULFILLED,      PUBLISH,           CONFLICT",
        "FULFILLED,      CLOSE,             CONFLICT",
        "FULFILLED,      REOPEN,            CONFLICT",
        "FULFILLED,      START_COOPERATION, CONFLICT",
        "FULFILLED,      RESUME,            CONFLICT",
        "FULFILLED,      FULFIL,            CONFLICT",
        "CLOSED,         PUBLISH,           CONFLICT",
        "CLOSED,         CLOSE,             CONFLICT",
        "CLOSED,         REOPEN,            DRAFT",
        "CLOSED,         START_COOPERATION, CONFLICT",
        "CLOSED,         RESUME,            CONFLICT",
        "CLOSED,         FULFIL,            CONFLICT"
    })
    void theAggregateFollowsTheTableAndRecordsEachMove(NeedStatus status, NeedAction action, String expected) {
        Need need = needIn(status);
        int entries = need.getHistory().size();
        String reasonBefore = need.getStatusReason();

        if (expected.equals("CONFLICT")) {
            assertThatThrownBy(() -> need.apply(action, STAFF, "理由", T2)).isInstanceOf(ConflictException.class);
            assertThat(need.getStatus()).isEqualTo(status);
            assertThat(need.getHistory()).hasSize(entries);
            assertThat(need.getStatusReason()).isEqualTo(reasonBefore);
        } else {
            need.apply(action, STAFF, "理由", T2);
            NeedStatus to = NeedStatus.valueOf(expected);
            assertThat(need.getStatus()).isEqualTo(to);
            assertThat(need.getUpdatedAt()).isEqualTo(T2);
            assertThat(need.getHistory()).hasSize(entries + 1);
            NeedEvent event = NeedFixtures.lastEvent(need);
            assertThat(event.getAction()).isEqualTo(action.name());
            assertThat(event.getActorName()).isEqualTo(STAFF.username());
            assertThat(event.getOccurredAt()).isEqualTo(T2);
            assertThat(event.getReason()).isEqualTo("理由");
            assertThat(event.getChanges()).extracting(Object::toString)
                    .containsExactly("status: " + status + " → " + to);
            assertThat(need.getStatusReason()).as("only a closed need keeps its reason")
                    .isEqualTo(to == NeedStatus.CLOSED ? "理由" : null);
        }
    }

    @Test
    void theTablesAboveCoverEveryStatusAndEveryAction() {
        assertThat(NeedStatus.values()).hasSize(5);
        assertThat(NeedAction.values()).hasSize(6);
    }

    @Test
    void onlyPublishCloseAndReopenArePeoplesActsAndOnlyCloseNeedsAReason() {
        assertThat(NeedAction.BY_PEOPLE).containsExactlyInAnyOrder(NeedAction.PUBLISH, NeedAction.CLOSE, NeedAction.REOPEN);
        assertThat(EnumSet.allOf(NeedAction.class).stream().filter(NeedAction::needsReason))
                .containsExactly(NeedAction.CLOSE);
    }

    @Test
    void openPublicAndEditableStatusesAreAsTheRulesSay() {
        assertThat(NeedStatus.OPEN).containsExactlyInAnyOrder(NeedStatus.DRAFT, NeedStatus.PUBLISHED,
                NeedStatus.IN_COOPERATION);
        assertThat(NeedStatus.PUBLIC).containsExactlyInAnyOrder(NeedStatus.PUBLISHED, NeedStatus.IN_COOPERATION,
                NeedStatus.FULFILLED);
        assertThat(EnumSet.allOf(NeedStatus.class).stream().filter(NeedStatus::isEditable))
                .containsExactly(NeedStatus.DRAFT, NeedStatus.PUBLISHED);
        assertThat(EnumSet.allOf(NeedStatus.class).stream().filter(s -> !s.earmarks()))
                .containsExactly(NeedStatus.CLOSED);
    }
}
