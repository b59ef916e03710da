package org.partnerhub.domain.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.ConflictException;

class SupplyActionTest {

    /** The whole table, written out: every (action, from) pair not here must be refused. */
    private static final Map<SupplyAction, Map<SupplyStatus, SupplyStatus>> ALLOWED = Map.of(
            SupplyAction.PUBLISH, Map.of(SupplyStatus.DRAFT, SupplyStatus.PUBLISHED),
            SupplyAction.PAUSE, Map.of(SupplyStatus.PUBLISHED, SupplyStatus.PAUSED),
            SupplyAction.RESUME, Map.of(SupplyStatus.PAUSED, SupplyStatus.PUBLISHED),
            SupplyAction.WITHDRAW, Map.of(SupplyStatus.DRAFT, SupplyStatus.WITHDRAWN,
                    SupplyStatus.PUBLISHED, SupplyStatus.WITHDRAWN, SupplyStatus.PAUSED, SupplyStatus.WITHDRAWN));

    @Test
    void everyAllowedMoveLeadsWhereTheTableSays() {
        int checked = 0;
        for (var entry : ALLOWED.entrySet()) {
            for (var move : entry.getValue().entrySet()) {
                assertThat(entry.getKey().allowedFrom(move.getKey())).isTrue();
                assertThat(entry.getKey().from(move.getKey())).isEqualTo(move.getValue());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void everyOtherMoveIsAConflict() {
        int refused = 0;
        for (SupplyAction action : SupplyAction.values()) {
            for (SupplyStatus status : SupplyStatus.values()) {
                if (ALLOWED.get(action).containsKey(status)) {
                    continue;
                }
                assertThat(action.allowedFrom(status)).as("%s from %s", action, status).isFalse();
                assertThatThrownBy(() -> action.from(status)).isInstanceOf(ConflictException.class);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(SupplyAction.values().length * SupplyStatus.values().length - 6);
    }

    @Test
    void withdrawnIsFinal() {
        for (SupplyAction action : SupplyAction.values()) {
            assertThat(action.allowedFrom(SupplyStatus.WITHDRAWN)).isFalse();
        }
        assertThat(SupplyStatus.WITHDRAWN.isEditable()).isFalse();
        assertThat(EnumSet.complementOf(EnumSet.of(SupplyStatus.WITHDRAWN))).allMatch(SupplyStatus::isEditable);
    }

    @Test
    void onlyPublishedItemsArePublicAndTheDistrictOnlyPausesOrWithdraws() {
        assertThat(SupplyStatus.PUBLIC).containsExactly(SupplyStatus.PUBLISHED);
        assertThat(SupplyAction.BY_DISTRICT).isEqualTo(Set.of(SupplyAction.PAUSE, SupplyAction.WITHDRAW));
    }
}
