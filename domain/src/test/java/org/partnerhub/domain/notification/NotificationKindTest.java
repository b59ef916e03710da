package org.partnerhub.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationKindTest {

    @ParameterizedTest
    @CsvSource({
            "notify.application.new, APPLICATIONS",
            "notify.application.resubmitted, APPLICATIONS",
            "notify.match.need, MATCHES",
            "notify.intent.ACCEPT, INTENTS",
            "notify.intent.expired, INTENTS",
            "notify.project.delivered, PROJECTS",
            "notify.account.webhookDisabled, ACCOUNT",
            "something.else, ACCOUNT"})
    void theKindFollowsFromTheBundleKey(String key, NotificationKind kind) {
        assertThat(NotificationKind.of(key)).isEqualTo(kind);
    }

    @Test
    void theStoredFormRoundTripsAndIgnoresUnknownNames() {
        EnumSet<NotificationKind> some = EnumSet.of(NotificationKind.INTENTS, NotificationKind.APPLICATIONS);
        assertThat(NotificationKind.format(some)).isEqualTo("APPLICATIONS,INTENTS");
        assertThat(NotificationKind.parse("APPLICATIONS, intents,NOPE")).isEqualTo(some);
        assertThat(NotificationKind.parse("")).isEmpty();
        assertThat(NotificationKind.parse(NotificationKind.format(NotificationKind.all())))
                .isEqualTo(NotificationKind.all());
    }
}
