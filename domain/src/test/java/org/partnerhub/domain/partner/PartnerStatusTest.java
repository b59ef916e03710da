package org.partnerhub.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnerhub.domain.partner.PartnerStatus.Action;
import org.partnerhub.domain.shared.ConflictException;

class PartnerStatusTest {

    /** Every (status, action) pair, written out by hand: the target, or {@code CONFLICT} where it is not allowed. */
    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "ACTIVE,    SUSPEND,   SUSPENDED",
        "ACTIVE,    REINSTATE, CONFLICT",
        "ACTIVE,    REMOVE,    REMOVED",
        "ACTIVE,    WITHDRAW,  WITHDRAWN",
        "SUSPENDED, SUSPEND,   CONFLICT",
        "SUSPENDED, REINSTATE, ACTIVE",
        "SUSPENDED, REMOVE,    REMOVED",
        "SUSPENDED, WITHDRAW,  WITHDRAWN",
        "WITHDRAWN, SUSPEND,   CONFLICT",
        "WITHDRAWN, REINSTATE, CONFLICT",
        "WITHDRAWN, REMOVE,    CONFLICT",
        "WITHDRAWN, WITHDRAW,  CONFLICT",
        "REMOVED,   SUSPEND,   CONFLICT",
        "REMOVED,   REINSTATE, CONFLICT",
        "REMOVED,   REMOVE,    CONFLICT",
        "REMOVED,   WITHDRAW,  CONFLICT"
    })
    void everyStatusAndActionPairLeadsToTheExpectedStatusOrIsAConflict(PartnerStatus status, Action action,
            String expected) {
        if (expected.equals("CONFLICT")) {
            assertThat(status.allows(action)).isFalse();
            assertThatThrownBy(() -> status.after(action))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.message().key()).isEqualTo("partner.transition");
                        assertThat(e.message().args()).containsExactly(action, status);
                    });
        } else {
            assertThat(status.allows(action)).isTrue();
            assertThat(status.after(action)).isEqualTo(PartnerStatus.valueOf(expected));
        }
    }

    @Test
    void theTableAboveCoversEveryStatusAndEveryAction() {
        assertThat(PartnerStatus.values()).hasSize(4);
        assertThat(Action.values()).hasSize(4);
    }

    @Test
    void onlyWithdrawingIsThePartnersOwnAct() {
        assertThat(Action.WITHDRAW.byPartner()).isTrue();
        assertThat(Action.SUSPEND.byPartner()).isFalse();
        assertThat(Action.REINSTATE.byPartner()).isFalse();
        assertThat(Action.REMOVE.byPartner()).isFalse();
    }
}
