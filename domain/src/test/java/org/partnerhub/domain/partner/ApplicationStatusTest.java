package org.partnerhub.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnerhub.domain.shared.ConflictException;

class ApplicationStatusTest {

    /**
     * Every (status, action) pair, written out by hand from the onboarding rules rather than derived from the enum:
     * the expected target, or {@code CONFLICT} where the act is not allowed from that status.
     */
    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "SUBMITTED, ADMIT,    ADMITTED",
        "SUBMITTED, RETURN,   RETURNED",
        "SUBMITTED, REJECT,   REJECTED",
        "SUBMITTED, RESUBMIT, CONFLICT",
        "RETURNED,  ADMIT,    CONFLICT",
        "RETURNED,  RETURN,   CONFLICT",
        "RETURNED,  REJECT,   CONFLICT",
        "RETURNED,  RESUBMIT, SUBMITTED",
        "ADMITTED,  ADMIT,    CONFLICT",
        "ADMITTED,  RETURN,   CONFLICT",
        "ADMITTED,  REJECT,   CONFLICT",
        "ADMITTED,  RESUBMIT, CONFLICT",
        "REJECTED,  ADMIT,    CONFLICT",
        "REJECTED,  RETURN,   CONFLICT",
        "REJECTED,  REJECT,   CONFLICT",
        "REJECTED,  RESUBMIT, CONFLICT"
    })
    void everyStatusAndActionPairLeadsToTheExpectedStatusOrIsAConflict(ApplicationStatus status,
            ApplicationAction action, String expected) {
        if (expected.equals("CONFLICT")) {
            assertThat(status.allows(action)).isFalse();
            assertThatThrownBy(() -> status.after(action))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.message().key()).isEqualTo("application.transition");
                        assertThat(e.message().args()).containsExactly(action, status);
                    });
        } else {
            assertThat(status.allows(action)).isTrue();
            assertThat(status.after(action)).isEqualTo(ApplicationStatus.valueOf(expected));
        }
    }

    @Test
    void theTableAboveCoversEveryStatusAndEveryAction() {
        // guards the hand-written table: a new constant must be added to it
        assertThat(ApplicationStatus.values()).hasSize(4);
        assertThat(ApplicationAction.values()).hasSize(4);
    }

    @Test
    void theConflictNamesTheActAndTheStatusInTheReadersLanguage() {
        assertThatThrownBy(() -> ApplicationStatus.REJECTED.after(ApplicationAction.ADMIT))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.localizedMessage(Locale.ENGLISH))
                            .isEqualTo("The application is rejected; it cannot be \"admitted\"");
                    assertThat(e.localizedMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("申请当前为“不予准入”，不能执行“准入”");
                });
    }

    @ParameterizedTest
    @CsvSource({"SUBMITTED, true", "RETURNED, true", "ADMITTED, false", "REJECTED, false"})
    void onlySubmittedAndReturnedApplicationsAreOpen(ApplicationStatus status, boolean open) {
        assertThat(status.isOpen()).isEqualTo(open);
    }

    @Test
    void allowedActionsListWhatMayFollowEachStatus() {
        assertThat(ApplicationStatus.SUBMITTED.allowedActions())
                .containsExactlyInAnyOrder(ApplicationAction.ADMIT, ApplicationAction.RETURN, ApplicationAction.REJECT);
        assertThat(ApplicationStatus.RETURNED.allowedActions()).containsExactly(ApplicationAction.RESUBMIT);
        assertThat(ApplicationStatus.ADMITTED.allowedActions()).isEmpty();
        assertThat(ApplicationStatus.REJECTED.allowedActions()).isEmpty();
    }

    @Test
    void changingTheReturnedSetDoesNotChangeTheRules() {
        try {
            ApplicationStatus.ADMITTED.allowedActions().addAll(EnumSet.allOf(ApplicationAction.class));
            ApplicationStatus.SUBMITTED.allowedActions().clear();
        } catch (UnsupportedOperationException acceptable) {
            // an unmodifiable view would protect the rules just as well
        }
        assertThat(ApplicationStatus.ADMITTED.allowedActions()).isEmpty();
        assertThat(ApplicationStatus.ADMITTED.allows(ApplicationAction.ADMIT)).isFalse();
        assertThat(ApplicationStatus.SUBMITTED.allowedActions()).hasSize(3);
        assertThat(ApplicationStatus.SUBMITTED.after(ApplicationAction.ADMIT)).isEqualTo(ApplicationStatus.ADMITTED);
    }

    @Test
    void onlyResubmitIsNotADecision() {
        assertThat(ApplicationAction.ADMIT.isDecision()).isTrue();
        assertThat(ApplicationAction.RETURN.isDecision()).isTrue();
        assertThat(ApplicationAction.REJECT.isDecision()).isTrue();
        assertThat(ApplicationAction.RESUBMIT.isDecision()).isFalse();
    }
}
