package org.partnerhub.domain.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Recorder;

class CooperationIntentTest {

    private static final Duration DAYS = Duration.ofDays(14);
    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final Recorder STAFF = new Recorder("staff", "社区工作人员", null);
    private static final Recorder PARTNER = new Recorder("partner", "合伙人", 7L);

    static CooperationIntent proposedByCommunity(String note) {
        return CooperationIntent.propose(1L, 2L, 7L, RegionCode.of("510108"), "/510100/510108/", CategoryCode.of("meals"),
                IntentParty.COMMUNITY, STAFF, note, T0, DAYS);
    }

    @Test
    void aProposalWaitsForTheOtherSideAndOpensTheThreadWithItsNote() {
        CooperationIntent intent = proposedByCommunity("  希望合作开设助餐点 ");
        assertThat(intent.getStatus()).isEqualTo(IntentStatus.PROPOSED);
        assertThat(intent.getExpiresAt()).isEqualTo(T0.plus(DAYS));
        assertThat(intent.getNotes()).singleElement().satisfies(n -> {
            assertThat(n.getText()).isEqualTo("希望合作开设助餐点");
            assertThat(n.getParty()).isEqualTo(IntentParty.COMMUNITY);
        });
        assertThat(intent.getHistory()).singleElement().extracting(IntentEvent::getAction).isEqualTo("PROPOSED");
        assertThat(intent.allows(IntentAction.ACCEPT, IntentParty.PARTNER)).isTrue();
        assertThat(intent.allows(IntentAction.ACCEPT, IntentParty.COMMUNITY)).isFalse();
        assertThat(intent.allows(IntentAction.WITHDRAW, IntentParty.COMMUNITY)).isTrue();
        assertThat(proposedByCommunity(null).getNotes()).isEmpty();
    }

    @Test
    void itIsAgreedOnlyWhenBothSidesAgreedAndEachAgreesOnce() {
        CooperationIntent intent = proposedByCommunity(null);
        Instant t1 = T0.plusSeconds(60);
        assertThat(intent.apply(IntentAction.ACCEPT, IntentParty.PARTNER, PARTNER, "可以，先谈谈时间", t1, DAYS)).isFalse();
        assertThat(intent.getStatus()).isEqualTo(IntentStatus.NEGOTIATING);
        assertThat(intent.getExpiresAt()).isEqualTo(t1.plus(DAYS));

        assertThat(intent.apply(IntentAction.AGREE, IntentParty.PARTNER, PARTNER, null, t1, DAYS)).isFalse();
        assertThat(intent.getStatus()).isEqualTo(IntentStatus.NEGOTIATING);
        assertThat(intent.hasAgreed(IntentParty.PARTNER)).isTrue();
        assertThat(intent.allows(IntentAction.AGREE, IntentParty.PARTNER)).isFalse();
        assertThatThrownBy(() -> intent.apply(IntentAction.AGREE, IntentParty.PARTNER, PARTNER, null, t1, DAYS))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("intent.agree.already"));

        assertThat(intent.apply(IntentAction.AGREE, IntentParty.COMMUNITY, STAFF, "同意", t1, DAYS)).isTrue();
        assertThat(intent.getStatus()).isEqualTo(IntentStatus.AGREED);
        assertThat(intent.getExpiresAt()).isNull();
        assertThat(intent.getCommunityAgreedBy()).isEqualTo("staff");
        assertThat(intent.getPartnerAgreedBy()).isEqualTo("partner");
        assertThat(intent.getHistory()).extracting(IntentEvent::getAction)
                .containsExactly("PROPOSED", "ACCEPT", "AGREE", "AGREE");
        assertThat(intent.getHistory().get(3).getToStatus()).isEqualTo(IntentStatus.AGREED);
        assertThat(intent.getNotes()).hasSize(2);
        for (IntentAction action : IntentAction.BY_PEOPLE) {
            for (IntentParty side : IntentParty.values()) {
                assertThat(intent.allows(action, side)).isFalse();
            }
        }
        assertThatThrownBy(() -> intent.apply(IntentAction.WITHDRAW, IntentParty.COMMUNITY, STAFF, null, t1, DAYS))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theProposerCannotAcceptItsOwnProposal() {
        CooperationIntent intent = proposedByCommunity(null);
        assertThatThrownBy(() -> intent.apply(IntentAction.ACCEPT, IntentParty.COMMUNITY, STAFF, null, T0, DAYS))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("intent.transition.side");
                    assertThat(e.message().args()).containsExactly("ACCEPT", "PROPOSED");
                });
        assertThat(intent.getStatus()).isEqualTo(IntentStatus.PROPOSED);
        assertThatThrownBy(() -> intent.apply(IntentAction.EXPIRE, IntentParty.PARTNER, PARTNER, null, T0, DAYS))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void notesAnswerAndAreRefusedOnceTheIntentEnded() {
        CooperationIntent intent = proposedByCommunity(null);
        Instant later = T0.plus(Duration.ofDays(3));
        intent.addNote(IntentParty.PARTNER, PARTNER, "需要先看场地", later, DAYS);
        assertThat(intent.getExpiresAt()).isEqualTo(later.plus(DAYS));
        assertThatThrownBy(() -> intent.addNote(IntentParty.PARTNER, PARTNER, " ", later, DAYS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("note"));
        assertThatThrownBy(() -> intent.addNote(IntentParty.PARTNER, PARTNER, "字".repeat(1001), later, DAYS))
                .isInstanceOf(InvalidInputException.class);
        intent.apply(IntentAction.DECLINE, IntentParty.PARTNER, PARTNER, "容量已满", later, DAYS);
        assertThat(intent.getStatus()).isEqualTo(IntentStatus.DECLINED);
        assertThatThrownBy(() -> intent.addNote(IntentParty.COMMUNITY, STAFF, "再考虑一下？", later, DAYS))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("intent.note.closed"));
    }

    @Test
    void itExpiresOnlyAfterItsTimeAndOnlyWhileOpen() {
        CooperationIntent intent = proposedByCommunity(null);
        assertThatThrownBy(() -> intent.expire(T0.plus(DAYS).minusSeconds(1)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("intent.expire.early"));
        assertThat(intent.getStatus()).isEqualTo(IntentStatus.PROPOSED);
        intent.expire(T0.plus(DAYS).plusSeconds(1));
        assertThat(intent.getStatus()).isEqualTo(IntentStatus.EXPIRED);
        assertThat(intent.getExpiresAt()).isNull();
        IntentEvent last = intent.getHistory().get(intent.getHistory().size() - 1);
        assertThat(last.getAction()).isEqualTo("EXPIRE");
        assertThat(last.getParty()).isNull();
        assertThat(last.getFromStatus()).isEqualTo(IntentStatus.PROPOSED);
        assertThatThrownBy(() -> intent.expire(T0.plus(DAYS).plusSeconds(2))).isInstanceOf(ConflictException.class);
    }
}
