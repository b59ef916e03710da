package org.partnerhub.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.region.RegionCode;

class AuditEventTest {

    private static final Instant T0 = Instant.parse("2025-11-27T01:30:00Z");

    private final Actor admin = new Actor(3L, "zhangsan", "张三", Role.DISTRICT_ADMIN, RegionCode.of("510108"),
            "/510100/510108/", null, "10.0.0.1");

    @Test
    void theActorIsCopiedIntoTheEvent() {
        AuditEvent event = new AuditEvent(T0, admin, "ignored", AuditAction.USER_CREATED, "user", "42",
                AuditOutcome.SUCCESS, "STREET_STAFF 510108001");
        assertThat(event.getId()).isNull();
        assertThat(event.getOccurredAt()).isEqualTo(T0);
        assertThat(event.getActorUserId()).isEqualTo(3L);
        assertThat(event.getActorName()).as("the actor's own name wins over the attempted one").isEqualTo("zhangsan");
        assertThat(event.getActorRole()).isEqualTo("DISTRICT_ADMIN");
        assertThat(event.getClientAddress()).isEqualTo("10.0.0.1");
        assertThat(event.getAction()).isEqualTo(AuditAction.USER_CREATED);
        assertThat(event.getObjectType()).isEqualTo("user");
        assertThat(event.getObjectId()).isEqualTo("42");
        assertThat(event.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.getDetail()).isEqualTo("STREET_STAFF 510108001");
    }

    @Test
    void anAnonymousAttemptRecordsTheNameThatWasTried() {
        AuditEvent event = new AuditEvent(T0, Actor.anonymous("203.0.113.9"), "lisi", AuditAction.LOGIN, null, null,
                AuditOutcome.FAILURE, "unknown user");
        assertThat(event.getActorUserId()).isNull();
        assertThat(event.getActorName()).isEqualTo("lisi");
        assertThat(event.getActorRole()).isNull();
        assertThat(event.getClientAddress()).isEqualTo("203.0.113.9");
        assertThat(event.getObjectType()).isNull();
        assertThat(event.getObjectId()).isNull();
    }

    @Test
    void withoutAnyActorTheAttemptedNameIsRecorded() {
        AuditEvent event = new AuditEvent(T0, null, "lisi", AuditAction.LOGIN, null, null, AuditOutcome.DENIED, null);
        assertThat(event.getActorUserId()).isNull();
        assertThat(event.getActorName()).isEqualTo("lisi");
        assertThat(event.getActorRole()).isNull();
        assertThat(event.getClientAddress()).isNull();
        assertThat(event.getDetail()).isNull();
    }

    @Test
    void theSystemIsRecordedByName() {
        AuditEvent event = new AuditEvent(T0, Actor.system(), null, AuditAction.USER_CREATED, "user", "1",
                AuditOutcome.SUCCESS, null);
        assertThat(event.getActorUserId()).isNull();
        assertThat(event.getActorName()).isEqualTo("system");
        assertThat(event.getActorRole()).isNull();
        assertThat(event.getClientAddress()).isEqualTo("-");
    }

    @Test
    void aLongDetailIsCutToFiveHundredCharacters() {
        String exact = "d".repeat(AuditEvent.DETAIL_MAX);
        assertThat(event(exact, "1").getDetail()).isEqualTo(exact);
        String tooLong = "x".repeat(AuditEvent.DETAIL_MAX) + "-the-rest";
        assertThat(event(tooLong, "1").getDetail()).hasSize(500).isEqualTo("x".repeat(500));
    }

    @Test
    void aLongObjectIdIsCutToOneHundredCharacters() {
        String exact = "7".repeat(100);
        assertThat(event(null, exact).getObjectId()).isEqualTo(exact);
        assertThat(event(null, exact + "89").getObjectId()).isEqualTo(exact);
    }

    @Test
    void theOtherTextsAreCutToTheirColumns() {
        String longName = "n".repeat(80);
        String longAddress = "2001:db8:" + "a".repeat(80);
        Actor actor = new Actor(null, null, null, null, null, null, null, longAddress);
        AuditEvent event = new AuditEvent(T0, actor, longName, AuditAction.LOGIN, "t".repeat(50), null,
                AuditOutcome.FAILURE, null);
        assertThat(event.getActorName()).isEqualTo("n".repeat(64));
        assertThat(event.getClientAddress()).isEqualTo(longAddress.substring(0, 64));
        assertThat(event.getObjectType()).isEqualTo("t".repeat(40));
    }

    @Test
    void timeActionAndOutcomeAreRequired() {
        assertThatThrownBy(() -> new AuditEvent(null, admin, null, AuditAction.LOGIN, null, null, AuditOutcome.SUCCESS,
                        null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEvent(T0, admin, null, null, null, null, AuditOutcome.SUCCESS, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEvent(T0, admin, null, AuditAction.LOGIN, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    private AuditEvent event(String detail, String objectId) {
        return new AuditEvent(T0, admin, null, AuditAction.DATA_EXPORTED, "export", objectId, AuditOutcome.SUCCESS,
                detail);
    }
}
