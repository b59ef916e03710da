package org.partnerhub.domain.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.need.NeedFixtures.EDITOR;
import static org.partnerhub.domain.need.NeedFixtures.T2;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnerhub.domain.shared.ConflictException;

class PainPointActionTest {

    /** Every (status, action) pair of a pain point, written out by hand. */
    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "DRAFT,     PUBLISH, PUBLISHED",
        "DRAFT,     RESOLVE, CONFLICT",
        "DRAFT,     CLOSE,   CLOSED",
        "DRAFT,     REOPEN,  CONFLICT",
        "PUBLISHED, PUBLISH, CONFLICT",
        "PUBLISHED, RESOLVE, RESOLVED",
        "PUBLISHED, CLOSE,   CLOSED",
        "PUBLISHED, REOPEN,  CONFLICT",
        "RESOLVED,  PUBLISH, CONFLICT",
        "RESOLVED,  RESOLVE, CONFLICT",
        "RESOLVED,  CLOSE,   CONFLICT",
        "RESOLVED,  REOPEN,  PUBLISHED",
        "CLOSED,    PUBLISH, CONFLICT",
        "CLOSED,    RESOLVE, CONFLICT",
        "CLOSED,    CLOSE,   CONFLICT",
        "CLOSED,    REOPEN,  PUBLISHED"
    })
    void everyStatusAndActionPairLeadsToTheExpectedStatusOrIsAConflict(PainPointStatus status, PainPointAction action,
            String expected) {
        if (expected.equals("CONFLICT")) {
            assertThat(action.allowedFrom(status)).isFalse();
            assertThatThrownBy(() -> action.from(status)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.message().key()).isEqualTo("painPoint.transition");
                assertThat(e.message().args()).containsExactly(action, status);
            });
        } else {
            assertThat(action.allowedFrom(status)).isTrue();
            assertThat(action.from(status)).isEqualTo(PainPointStatus.valueOf(expected));
        }

        PainPoint point = PainPointTest.pointIn(status);
        int entries = point.getHistory().size();
        if (expected.equals("CONFLICT")) {
            assertThatThrownBy(() -> point.apply(action, EDITOR, "理由", T2)).isInstanceOf(ConflictException.class);
            assertThat(point.getStatus()).isEqualTo(status);
            assertThat(point.getHistory()).hasSize(entries);
        } else {
            point.apply(action, EDITOR, "理由", T2);
            assertThat(point.getStatus()).isEqualTo(PainPointStatus.valueOf(expected));
            assertThat(point.getHistory()).hasSize(entries + 1);
            PainPointEvent event = point.getHistory().get(entries);
            assertThat(event.getAction()).isEqualTo(action.name());
            assertThat(event.getReason()).isEqualTo("理由");
            assertThat(event.getChanges()).extracting(Object::toString)
                    .containsExactly("status: " + status + " → " + expected);
        }
    }

    @Test
    void theTableAboveCoversEveryStatusAndEveryAction() {
        assertThat(PainPointStatus.values()).hasSize(4);
        assertThat(PainPointAction.values()).hasSize(4);
    }

    @Test
    void everyMoveButPublishNeedsAReasonAndPublishedAndResolvedOnesArePublic() {
        assertThat(EnumSet.allOf(PainPointAction.class).stream().filter(a -> !a.needsReason()))
                .containsExactly(PainPointAction.PUBLISH);
        assertThat(PainPointStatus.PUBLIC).containsExactlyInAnyOrder(PainPointStatus.PUBLISHED, PainPointStatus.RESOLVED);
    }
}
