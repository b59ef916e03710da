package org.partnerhub.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /** The lowest count the hasher accepts, to keep the tests fast. */
    private static final int ITERATIONS = 10_000;

    private final PasswordHasher hasher = new PasswordHasher(ITERATIONS);

    @Test
    void aHashVerifiesTheSamePassword() {
        String stored = hasher.hash("Chengdu2025!");
        assertThat(hasher.verify("Chengdu2025!", stored)).isTrue();
    }

    @Test
    void aHashRejectsAnyOtherPassword() {
        String stored = hasher.hash("Chengdu2025!");
        assertThat(hasher.verify("chengdu2025!", stored)).isFalse();
        assertThat(hasher.verify("Chengdu2025", stored)).isFalse();
        assertThat(hasher.verify("Chengdu2025! ", stored)).isFalse();
        assertThat(hasher.verify("", stored)).isFalse();
        assertThat(hasher.verify(null, stored)).isFalse();
    }

    @Test
    void nonAsciiPasswordsRoundTrip() {
        String stored = hasher.hash("社区治理😀Ab1");
        assertThat(hasher.verify("社区治理😀Ab1", stored)).isTrue();
        assertThat(hasher.verify("社区治理😀Ab2", stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String first = hasher.hash("Chengdu2025!");
        String second = hasher.hash("Chengdu2025!");
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).as("salt").isNotEqualTo(second.split("\\$")[2]);
        assertThat(hasher.verify("Chengdu2025!", first)).isTrue();
        assertThat(hasher.verify("Chengdu2025!", second)).isTrue();
    }

    @Test
    void theStoredFormNamesTheAlgorithmIterationsSaltAndHash() {
        String stored = hasher.hash("Chengdu2025!");
        assertThat(stored).matches("pbkdf2-sha256\\$10000\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+");
        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(Base64.getDecoder().decode(parts[2])).as("a 16-byte salt").hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).as("a 256-bit key").hasSize(32);
    }

    @Test
    void aHashMadeWithAnotherIterationCountStillVerifies() {
        String stored = new PasswordHasher(12_000).hash("Chengdu2025!");
        assertThat(stored).startsWith("pbkdf2-sha256$12000$");
        assertThat(hasher.verify("Chengdu2025!", stored)).isTrue();
    }

    @Test
    void theIterationCountIsPartOfTheHash() {
        String stored = hasher.hash("Chengdu2025!");
        String tampered = stored.replace("$10000$", "$10001$");
        assertThat(hasher.verify("Chengdu2025!", tampered)).isFalse();
    }

    @Test
    void fewerIterationsThanConfiguredNeedARehash() {
        PasswordHasher stronger = new PasswordHasher(20_000);
        String weak = hasher.hash("Chengdu2025!");
        assertThat(stronger.needsRehash(weak)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("Chengdu2025!"))).isFalse();
        assertThat(hasher.needsRehash(weak)).isFalse();
        assertThat(hasher.needsRehash(stronger.hash("Chengdu2025!"))).as("more iterations are fine").isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain-text", "pbkdf2-sha256$10000$c2FsdA", "pbkdf2-sha256$many$c2FsdA$aGFzaA",
            "pbkdf2-sha256$10000$c2FsdA$aGFzaA$extra"})
    void anUnreadableHashNeedsARehash(String stored) {
        assertThat(hasher.needsRehash(stored)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "Chengdu2025!",
        "garbage",
        "$$$",
        "pbkdf2-sha256$10000$c2FsdA",
        "pbkdf2-sha256$10000$c2FsdA$aGFzaA$extra",
        "bcrypt-sha256$10000$c2FsdA$aGFzaA",
        "pbkdf2-sha256$ten-thousand$c2FsdA$aGFzaA",
        "pbkdf2-sha256$99999999999$c2FsdA$aGFzaA",
        "pbkdf2-sha256$0$c2FsdA$aGFzaA",
        "pbkdf2-sha256$-1$c2FsdA$aGFzaA",
        "pbkdf2-sha256$10000$not*base64$aGFzaA",
        "pbkdf2-sha256$10000$c2FsdA$not*base64",
        "pbkdf2-sha256$10000$$aGFzaA",
        "pbkdf2-sha256$10000$c2FsdA$",
        "pbkdf2-sha256$10000$c2FsdA$aGFzaA"
    })
    void aMalformedStoredHashVerifiesNothingAndThrowsNothing(String stored) {
        assertThat(hasher.verify("Chengdu2025!", stored)).isFalse();
    }

    @Test
    void aTruncatedHashDoesNotVerify() {
        String stored = hasher.hash("Chengdu2025!");
        assertThat(hasher.verify("Chengdu2025!", stored.substring(0, stored.length() - 4))).isFalse();
    }

    @Test
    void fewerThanTenThousandIterationsAreRefused() {
        assertThatThrownBy(() -> new PasswordHasher(9_999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHasher(-310_000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PasswordHasher(10_000).hash("x")).startsWith("pbkdf2-sha256$10000$");
    }

    @Test
    void verifyingNothingNeverFails() {
        hasher.verifyNothing("Chengdu2025!");
        hasher.verifyNothing(null);
        assertThat(hasher.verify("not a real password; equalises the time of failed sign-ins", "")).isFalse();
    }

    @Test
    void sha256IsTheStandardDigestInLowerCaseHex() {
        assertThat(PasswordHasher.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(PasswordHasher.sha256(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(PasswordHasher.sha256("社区")).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(Hashing.tokenHash("abc")).isEqualTo(PasswordHasher.sha256("abc"));
    }
}
