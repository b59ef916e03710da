package org.partnerhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionKind;
import org.partnerhub.domain.shared.ConflictException;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2025-11-27T01:30:00Z");
    private static final Instant EXPIRY = T0.plus(Duration.ofDays(90));

    private final Region chengdu = Region.create(RegionCode.of("510100"), RegionKind.CITY, "成都市", null, null, null, 0, T0);

    /**
     * An integrator account as if loaded from the database. UserAccount has no way to set its id outside JPA, so the
     * private {@code id} field is set by reflection here.
     */
    private UserAccount integrator(long id) {
        UserAccount user = UserAccount.create(Username.of("gov-sync"), "市级数据平台", Role.INTEGRATOR, chengdu, null,
                "pbkdf2-sha256$10000$c2FsdA$aGFzaA", false, T0);
        try {
            Field field = UserAccount.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(user, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return user;
    }

    @Test
    void aTokenActsForItsAccountAtTheAccountsCurrentEpoch() {
        UserAccount user = integrator(17L);
        user.changePassword("h1", T0);
        user.changePassword("h2", T0);
        ApiToken token = new ApiToken(user, "a".repeat(64), "ph_abcdefgh", T0, EXPIRY);
        assertThat(token.getUserId()).isEqualTo(17L);
        assertThat(token.getUsername()).isEqualTo("gov-sync");
        assertThat(token.getPrefix()).isEqualTo("ph_abcdefgh");
        assertThat(token.getSessionEpoch()).isEqualTo(2);
        assertThat(token.getCreatedAt()).isEqualTo(T0);
        assertThat(token.getExpiresAt()).isEqualTo(EXPIRY);
        assertThat(token.getRevokedAt()).isNull();
        assertThat(token.getRevokedBy()).isNull();
    }

    @Test
    void anAccountWithoutAnIdCannotHaveATokenYet() {
        UserAccount unsaved = UserAccount.create(Username.of("gov-sync"), "市级数据平台", Role.INTEGRATOR, chengdu, null,
                "hash", false, T0);
        assertThatThrownBy(() -> new ApiToken(unsaved, "a".repeat(64), "ph_abcdefgh", T0, EXPIRY))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aTokenIsActiveUntilItExpires() {
        ApiToken token = new ApiToken(integrator(17L), "a".repeat(64), "ph_abcdefgh", T0, EXPIRY);
        assertThat(token.isActive(T0)).isTrue();
        assertThat(token.isActive(EXPIRY.minusMillis(1))).isTrue();
        assertThat(token.isActive(EXPIRY)).isFalse();
        assertThat(token.isActive(EXPIRY.plusSeconds(1))).isFalse();
    }

    @Test
    void aRevokedTokenIsNoLongerActive() {
        ApiToken token = new ApiToken(integrator(17L), "a".repeat(64), "ph_abcdefgh", T0, EXPIRY);
        Instant revokedAt = T0.plus(Duration.ofDays(1));
        token.revoke("admin", revokedAt);
        assertThat(token.isActive(revokedAt)).isFalse();
        assertThat(token.isActive(T0.plus(Duration.ofDays(2)))).isFalse();
        assertThat(token.getRevokedAt()).isEqualTo(revokedAt);
        assertThat(token.getRevokedBy()).isEqualTo("admin");
    }

    @Test
    void aTokenCannotBeRevokedTwice() {
        ApiToken token = new ApiToken(integrator(17L), "a".repeat(64), "ph_abcdefgh", T0, EXPIRY);
        Instant first = T0.plus(Duration.ofDays(1));
        token.revoke("admin", first);
        assertThatThrownBy(() -> token.revoke("someone-else", first.plusSeconds(1)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("token.alreadyRevoked"));
        assertThat(token.getRevokedAt()).as("the first revocation stands").isEqualTo(first);
        assertThat(token.getRevokedBy()).isEqualTo("admin");
    }
}
