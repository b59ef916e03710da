package org.partnerhub.domain.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.ConflictException;

/** The intent transition table, written out: (action, status, side relative to the proposer) → status. */
class IntentActionTest {

    /** Who acts: the side that proposed, the other side, or the platform. */
    enum Actor {
        PROPOSER,
        RECIPIENT,
        PLATFORM
    }

    private static final Map<IntentAction, Map<IntentStatus, Map<Actor, IntentStatus>>> ALLOWED = Map.of(
            IntentAction.ACCEPT, Map.of(IntentStatus.PROPOSED, Map.of(Actor.RECIPIENT, IntentStatus.NEGOTIATING)),
            IntentAction.DECLINE, Map.of(IntentStatus.PROPOSED, Map.of(Actor.RECIPIENT, IntentStatus.DECLINED)),
            IntentAction.AGREE, Map.of(IntentStatus.NEGOTIATING, Map.of(Actor.PROPOSER, IntentStatus.NEGOTIATING,
                    Actor.RECIPIENT, IntentStatus.NEGOTIATING)),
            IntentAction.WITHDRAW, Map.of(
                    IntentStatus.PROPOSED, Map.of(Actor.PROPOSER, IntentStatus.WITHDRAWN,
                            Actor.RECIPIENT, IntentStatus.WITHDRAWN),
                    IntentStatus.NEGOTIATING, Map.of(Actor.PROPOSER, IntentStatus.WITHDRAWN,
                            Actor.RECIPIENT, IntentStatus.WITHDRAWN)),
            IntentAction.EXPIRE, Map.of(
                    IntentStatus.PROPOSED, Map.of(Actor.PLATFORM, IntentStatus.EXPIRED),
                    IntentStatus.NEGOTIATING, Map.of(Actor.PLATFORM, IntentStatus.EXPIRED)));

    private static IntentParty side(Actor actor, IntentParty proposer) {
        return switch (actor) {
            case PROPOSER -> proposer;
            case RECIPIENT -> proposer.other();
            case PLATFORM -> null;
        };
    }

    @Test
    void everyAllowedMoveLeadsWhereTheTableSaysWhicheverSideProposed() {
        int checked = 0;
        for (IntentParty proposer : IntentParty.values()) {
            for (var byAction : ALLOWED.entrySet()) {
                for (var byStatus : byAction.getValue().entrySet()) {
                    for (var move : byStatus.getValue().entrySet()) {
                        IntentParty side = side(move.getKey(), proposer);
                        assertThat(byAction.getKey().allowed(byStatus.getKey(), side, proposer)).isTrue();
                        assertThat(byAction.getKey().from(byStatus.getKey(), side, proposer)).isEqualTo(move.getValue());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 10);
    }

    @Test
    void everyOtherMoveIsAConflictNamingTheActionAndTheStatus() {
        int refused = 0;
        for (IntentParty proposer : IntentParty.values()) {
            for (IntentAction action : IntentAction.values()) {
                for (IntentStatus status : IntentStatus.values()) {
                    for (Actor actor : Actor.values()) {
                        IntentStatus expected = ALLOWED.get(action).getOrDefault(status, Map.of()).get(actor);
                        if (expected != null) {
                            continue;
                        }
                        IntentParty side = side(actor, proposer);
                        assertThat(action.allowed(status, side, proposer)).as("%s %s by %s", action, status, actor)
                                .isFalse();
                        assertThatThrownBy(() -> action.from(status, side, proposer))
                                .isInstanceOfSatisfying(ConflictException.class, e -> {
                                    assertThat(e.message().key()).startsWith("intent.transition");
                                    assertThat(e.message().args()).containsExactly(action.name(), status.name());
                                });
                        refused++;
                    }
                }
            }
        }
        // 5 actions × 6 statuses × 3 actors = 90 pairs per proposer, 10 of them allowed
        assertThat(refused).isEqualTo(2 * (90 - 10));
    }

    @Test
    void peopleNeverExpireAnIntentAndTheFinalStatusesAllowNothing() {
        assertThat(IntentAction.BY_PEOPLE).doesNotContain(IntentAction.EXPIRE);
        for (IntentStatus status : IntentStatus.values()) {
            if (!status.isOpen()) {
                for (IntentAction action : IntentAction.values()) {
                    assertThat(action.allowedFrom(status)).as("%s from %s", action, status).isFalse();
                }
            }
        }
    }
}
