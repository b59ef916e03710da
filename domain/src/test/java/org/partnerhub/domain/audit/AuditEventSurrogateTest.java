package org.partnerhub.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.account.Actor;

class AuditEventSurrogateTest {

    @Test
    void truncationNeverSplitsACharacter() {
        String detail = "x".repeat(AuditEvent.DETAIL_MAX - 1) + "😀" + "more";
        AuditEvent event = new AuditEvent(Instant.parse("2025-11-27T01:30:00Z"), Actor.system(), null,
                AuditAction.DATA_EXPORTED, "export", "1", AuditOutcome.SUCCESS, detail);
        String cut = event.getDetail();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).as("ends in half an emoji").isFalse();
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(AuditEvent.DETAIL_MAX);
        assertThat(cut).endsWith("😀");
    }

    @Test
    void aDetailOfEmojiKeepsFiveHundredOfThem() {
        AuditEvent event = new AuditEvent(Instant.parse("2025-11-27T01:30:00Z"), Actor.system(), null,
                AuditAction.DATA_EXPORTED, "export", "1", AuditOutcome.SUCCESS, "😀".repeat(600));
        assertThat(event.getDetail().codePointCount(0, event.getDetail().length())).isEqualTo(AuditEvent.DETAIL_MAX);
    }
}
