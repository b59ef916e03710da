package org.partnerhub.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.account.PasswordPolicy;
import org.partnerhub.domain.account.Username;

class SecretsTest {

    private static final int SAMPLES = 200;

    @Test
    void aTemporaryPasswordHasSixteenCharactersOfAllFourClasses() {
        for (int i = 0; i < SAMPLES; i++) {
            String password = Secrets.temporaryPassword();
            assertThat(password).hasSize(16);
            assertThat(PasswordPolicy.classes(password)).as(password).isEqualTo(4);
            assertThat(password).as(password).containsPattern("[A-Z]").containsPattern("[a-z]")
                    .containsPattern("[0-9]").containsPattern("[#%+=@]");
        }
    }

    @Test
    void aTemporaryPasswordAlwaysSatisfiesTheDefaultPolicy() {
        PasswordPolicy policy = PasswordPolicy.defaults();
        for (int i = 0; i < SAMPLES; i++) {
            String password = Secrets.temporaryPassword();
            assertThat(policy.violations(password, null)).as(password).isEmpty();
            assertThat(policy.violations(password, Username.of("zhangsan"))).as(password).isEmpty();
        }
    }

    @Test
    void aTemporaryPasswordHasNoLookAlikesAndCanBeReadAloud() {
        for (int i = 0; i < SAMPLES; i++) {
            String password = Secrets.temporaryPassword();
            assertThat(password).as(password).doesNotContainAnyWhitespaces().matches("[A-Za-z2-9#%+=@]{16}");
            assertThat(password).as(password).doesNotContain("I", "l", "1", "O", "0");
        }
    }

    @Test
    void temporaryPasswordsDrawOnTheWholeReadableAlphabet() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ" + "abcdefghijkmnopqrstuvwxyz" + "23456789" + "#%+=@";
        Set<Character> expected = new HashSet<>();
        alphabet.chars().forEach(c -> expected.add((char) c));
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            Secrets.temporaryPassword().chars().forEach(c -> seen.add((char) c));
        }
        // 200 passwords draw at least 2,400 characters from all 62: missing one by chance is below 1e-16
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void temporaryPasswordsDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            seen.add(Secrets.temporaryPassword());
        }
        assertThat(seen).hasSize(SAMPLES);
    }

    @Test
    void anApiTokenIsPrefixedAndCarries256RandomBits() {
        for (int i = 0; i < SAMPLES; i++) {
            String token = Secrets.apiToken();
            assertThat(token).startsWith("ph_").hasSize(46);
            // URL-safe Base64 without padding: 43 characters for 32 bytes
            assertThat(token.substring(3)).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token.substring(3))).hasSize(32);
        }
    }

    @Test
    void apiTokensAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            seen.add(Secrets.apiToken());
        }
        assertThat(seen).hasSize(SAMPLES);
    }
}
