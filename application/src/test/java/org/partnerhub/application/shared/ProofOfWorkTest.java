package org.partnerhub.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.InvalidInputException;

class ProofOfWorkTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static ProofOfWork pow(int bits, Clock clock) {
        ProofOfWork pow = new ProofOfWork();
        pow.difficulty = bits;
        pow.validity = Duration.ofMinutes(10);
        pow.cipher = new PersonalDataCipher(KEY);
        pow.clock = clock;
        pow.init();
        return pow;
    }

    private static String key(Runnable call) {
        try {
            call.run();
            return null;
        } catch (InvalidInputException e) {
            assertThat(e.errors().get(0).field()).isEqualTo("Proof-Of-Work");
            return e.errors().get(0).message().key();
        }
    }

    @Test
    void aSolvedChallengeIsAcceptedOnceAndEveryOtherProofIsRefusedByName() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
        ProofOfWork pow = pow(12, clock);
        ProofOfWork.Challenge challenge = pow.issue();
        assertThat(challenge.difficulty()).isEqualTo(12);
        String solution = ProofOfWork.solve(challenge.challenge(), 12);

        assertThat(key(() -> pow.verify(challenge.challenge() + ":" + solution, "Proof-Of-Work"))).isNull();
        assertThat(key(() -> pow.verify(challenge.challenge() + ":" + solution, "Proof-Of-Work"))).isEqualTo("pow.used");

        ProofOfWork.Challenge next = pow.issue();
        assertThat(key(() -> pow.verify(null, "Proof-Of-Work"))).isEqualTo("pow.missing");
        assertThat(key(() -> pow.verify(next.challenge(), "Proof-Of-Work"))).isEqualTo("pow.malformed");
        String wrong = wrongSolution(next.challenge(), 12);
        assertThat(key(() -> pow.verify(next.challenge() + ":" + wrong, "Proof-Of-Work"))).isEqualTo("pow.wrong");
        String easier = next.challenge().replaceFirst("\\.12\\.", ".1.");
        assertThat(key(() -> pow.verify(easier + ":" + ProofOfWork.solve(easier, 1), "Proof-Of-Work")))
                .as("a changed difficulty breaks the signature").isEqualTo("pow.forged");
        assertThat(key(() -> pow(12, Clock.offset(clock, Duration.ofMinutes(11)))
                .verify(next.challenge() + ":" + ProofOfWork.solve(next.challenge(), 12), "Proof-Of-Work")))
                .as("another server (same data key) accepts the challenge, but not after it expired")
                .isEqualTo("pow.expired");
        assertThat(key(() -> pow(12, clock)
                .verify(next.challenge() + ":" + ProofOfWork.solve(next.challenge(), 12), "Proof-Of-Work")))
                .isNull();
    }

    @Test
    void zeroDifficultyTurnsTheStepOff() {
        ProofOfWork off = pow(0, Clock.systemUTC());
        off.verify(null, "Proof-Of-Work");
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> pow(33, Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void leadingZeroBitsCountsAcrossBytes() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0, 0x10, 1})).isEqualTo(19);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
    }

    private static String wrongSolution(String challenge, int bits) {
        for (long n = 0; ; n++) {
            String candidate = "x" + n;
            byte[] hash;
            try {
                hash = java.security.MessageDigest.getInstance("SHA-256")
                        .digest((challenge + ":" + candidate).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            if (ProofOfWork.leadingZeroBits(hash) < bits) {
                return candidate;
            }
        }
    }
}
