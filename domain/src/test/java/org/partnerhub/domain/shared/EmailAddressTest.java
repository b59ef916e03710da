package org.partnerhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void theDomainIsLowerCasedAndTheAddressMasked() {
        EmailAddress email = EmailAddress.of("  Zhang.San+hub@Example.ORG ");
        assertThat(email.value()).isEqualTo("Zhang.San+hub@example.org");
        assertThat(email.masked()).isEqualTo("Z***@example.org");
        assertThat(email.toString()).doesNotContain("San");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "@example.org", "a@@example.org", "a b@example.org", "a@exa mple.org",
            ".a@example.org", "a..b@example.org", "a@-example.org", "a@example.o"})
    void malformedAddressesAreRefused(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).message().key()).isEqualTo("email.format");
    }

    @Test
    void blankIsRefusedAsBlank() {
        assertThatThrownBy(() -> EmailAddress.of(" ")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).message().key()).isEqualTo("email.blank");
    }

    @Test
    void tooLongIsRefused() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "org";
        assertThatThrownBy(() -> EmailAddress.of(local + "@" + domain)).isInstanceOf(InvalidValueException.class);
    }
}
