package org.partnerhub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionKind;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.RuleViolationException;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2025-11-27T01:30:00Z");
    private static final PasswordPolicy POLICY = PasswordPolicy.defaults();
    private static final String HASH = "pbkdf2-sha256$10000$c2FsdA$aGFzaA";

    private final Region chengdu = Region.create(RegionCode.of("510100"), RegionKind.CITY, "成都市", null, null, null, 0, T0);
    private final Region chenghua =
            Region.create(RegionCode.of("510108"), RegionKind.DISTRICT, "成华区", null, chengdu, null, 0, T0);
    private final Region jinjiang =
            Region.create(RegionCode.of("510104"), RegionKind.DISTRICT, "锦江区", null, chengdu, null, 0, T0);
    private final Region qinglong =
            Region.create(RegionCode.of("510108001"), RegionKind.STREET, "青龙街道", null, chenghua, null, 0, T0);
    private final Region donglin =
            Region.create(RegionCode.of("510108001001"), RegionKind.COMMUNITY, "东林社区", null, qinglong, null, 0, T0);

    private UserAccount staff(Role role, Region region) {
        return UserAccount.create(Username.of("zhangsan"), "张三", role, region, null, HASH, false, T0);
    }

    private UserAccount admin() {
        return staff(Role.DISTRICT_ADMIN, chenghua);
    }

    private static String key(Throwable e) {
        return ((BusinessException) e).message().key();
    }

    // --- creation and binding rules ---

    @Test
    void aNewAccountIsEnabledUnlockedAndCarriesItsScope() {
        UserAccount user = UserAccount.create(Username.of("ZhangSan"), "  张三 ", Role.STREET_STAFF, qinglong, 42L,
                HASH, true, T0);
        assertThat(user.getId()).isNull();
        assertThat(user.getUsername()).isEqualTo(Username.of("zhangsan"));
        assertThat(user.getDisplayName()).isEqualTo("张三");
        assertThat(user.getRole()).isEqualTo(Role.STREET_STAFF);
        assertThat(user.getRegionCode()).isEqualTo(qinglong.getCode());
        assertThat(user.getRegionPath()).isEqualTo("/510100/510108/510108001/");
        assertThat(user.getPartnerId()).as("staff belong to no organisation").isNull();
        assertThat(user.getPasswordHash()).isEqualTo(HASH);
        assertThat(user.getPasswordChangedAt()).isEqualTo(T0);
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isLocked(T0)).isFalse();
        assertThat(user.getFailedLogins()).isZero();
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.getSessionEpoch()).isZero();
        assertThat(user.getLastLoginAt()).isNull();
        assertThat(user.getCreatedAt()).isEqualTo(T0);
        assertThat(user.getUpdatedAt()).isEqualTo(T0);
    }

    @Test
    void eachStaffRoleNeedsARegionOfItsOwnLevel() {
        assertThat(staff(Role.DISTRICT_ADMIN, chenghua).getRegionCode()).isEqualTo(chenghua.getCode());
        assertThat(staff(Role.AUDITOR, chenghua).getRegionCode()).isEqualTo(chenghua.getCode());
        assertThat(staff(Role.STREET_STAFF, qinglong).getRegionCode()).isEqualTo(qinglong.getCode());
        assertThat(staff(Role.COMMUNITY_STAFF, donglin).getRegionCode()).isEqualTo(donglin.getCode());
    }

    @Test
    void aStaffRoleOnARegionOfAnotherLevelIsRefused() {
        assertLevelRefused(Role.DISTRICT_ADMIN, chengdu);
        assertLevelRefused(Role.DISTRICT_ADMIN, qinglong);
        assertLevelRefused(Role.AUDITOR, donglin);
        assertLevelRefused(Role.AUDITOR, chengdu);
        assertLevelRefused(Role.STREET_STAFF, chenghua);
        assertLevelRefused(Role.STREET_STAFF, donglin);
        assertLevelRefused(Role.COMMUNITY_STAFF, qinglong);
        assertLevelRefused(Role.COMMUNITY_STAFF, chengdu);
    }

    private void assertLevelRefused(Role role, Region region) {
        assertThatThrownBy(() -> staff(role, region))
                .as("%s on %s", role, region)
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("user.region.level"));
    }

    @Test
    void theLevelMismatchIsExplainedInTheReadersLanguage() {
        assertThatThrownBy(() -> staff(Role.STREET_STAFF, chenghua))
                .satisfies(e -> assertThat(((BusinessException) e).localizedMessage(Locale.ENGLISH))
                        .isEqualTo("A street staff must belong to a street/town, but \"成华区\" is a district/county"));
    }

    @Test
    void everyRoleButPartnerNeedsARegion() {
        for (Role role : new Role[] {Role.DISTRICT_ADMIN, Role.AUDITOR, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
                Role.INTEGRATOR}) {
            assertThatThrownBy(() -> staff(role, null))
                    .as(role.name())
                    .isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(key(e)).isEqualTo("user.region.required"));
        }
    }

    @Test
    void anIntegratorMayCoverARegionOfAnyLevel() {
        for (Region region : new Region[] {chengdu, chenghua, qinglong, donglin}) {
            UserAccount integrator = staff(Role.INTEGRATOR, region);
            assertThat(integrator.getRegionCode()).isEqualTo(region.getCode());
            assertThat(integrator.getRegionPath()).isEqualTo(region.getPath());
        }
    }

    @Test
    void aPartnerUserNeedsAnOrganisationAndGetsNoRegion() {
        UserAccount partner =
                UserAccount.create(Username.of("partner1"), "某公益组织", Role.PARTNER, chenghua, 7L, HASH, false, T0);
        assertThat(partner.getPartnerId()).isEqualTo(7L);
        assertThat(partner.getRegionCode()).isNull();
        assertThat(partner.getRegionPath()).isNull();

        UserAccount withoutRegion =
                UserAccount.create(Username.of("partner2"), "某公益组织", Role.PARTNER, null, 8L, HASH, false, T0);
        assertThat(withoutRegion.getPartnerId()).isEqualTo(8L);

        assertThatThrownBy(() -> UserAccount.create(Username.of("partner3"), "某公益组织", Role.PARTNER, null, null,
                        HASH, false, T0))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("user.partner.required"));
    }

    @Test
    void aDisplayNameIsRequiredAndAtMostFiftyCharacters() {
        for (String blank : new String[] {null, "", "   ", "\u3000"}) {
            assertThatThrownBy(() -> UserAccount.create(Username.of("zhangsan"), blank, Role.DISTRICT_ADMIN, chenghua,
                            null, HASH, false, T0))
                    .isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(key(e)).isEqualTo("user.displayName.blank"));
        }
        String fifty = "张".repeat(UserAccount.DISPLAY_NAME_MAX);
        assertThat(UserAccount.create(Username.of("zhangsan"), fifty, Role.DISTRICT_ADMIN, chenghua, null, HASH,
                        false, T0).getDisplayName())
                .isEqualTo(fifty);
        String emoji = "张".repeat(UserAccount.DISPLAY_NAME_MAX - 1) + "😀";
        assertThat(UserAccount.create(Username.of("zhangsan"), emoji, Role.DISTRICT_ADMIN, chenghua, null, HASH,
                        false, T0).getDisplayName())
                .as("an emoji counts as one character")
                .isEqualTo(emoji);
        assertThatThrownBy(() -> UserAccount.create(Username.of("zhangsan"), fifty + "三", Role.DISTRICT_ADMIN,
                        chenghua, null, HASH, false, T0))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((BusinessException) e).message().key()).isEqualTo("text.tooLong"))
                .satisfies(e -> assertThat(((BusinessException) e).message().args()).containsExactly(50));
    }

    // --- failed sign-ins and the lock ---

    @Test
    void theFifthConsecutiveFailureLocksTheAccount() {
        UserAccount user = admin();
        for (int i = 1; i <= 4; i++) {
            assertThat(user.recordFailedLogin(T0.plusSeconds(i), POLICY)).as("failure %d", i).isFalse();
            assertThat(user.isLocked(T0.plusSeconds(i))).isFalse();
            assertThat(user.getFailedLogins()).isEqualTo(i);
        }
        Instant fifth = T0.plusSeconds(5);
        assertThat(user.recordFailedLogin(fifth, POLICY)).isTrue();
        assertThat(user.getFailedLogins()).isEqualTo(5);
        assertThat(user.getLockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(user.isLocked(fifth)).isTrue();
    }

    @Test
    void onlyTheFailureThatLocksReportsIt() {
        UserAccount user = admin();
        int locks = 0;
        for (int i = 1; i <= 10; i++) {
            if (user.recordFailedLogin(T0.plusSeconds(i), POLICY)) {
                locks++;
            }
        }
        assertThat(locks).isEqualTo(1);
        assertThat(user.getLockedUntil()).as("later failures do not extend the lock")
                .isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
    }

    @Test
    void aLockExpiresAfterFifteenMinutes() {
        UserAccount user = admin();
        lock(user, T0);
        assertThat(user.isLocked(T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.isLocked(T0.plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(user.isLocked(T0.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(user.isLocked(T0.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void anExpiredLockStartsANewCount() {
        UserAccount user = admin();
        lock(user, T0);
        Instant later = T0.plus(Duration.ofMinutes(20));
        assertThat(user.recordFailedLogin(later, POLICY)).isFalse();
        assertThat(user.getFailedLogins()).isEqualTo(1);
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.isLocked(later)).isFalse();
        for (int i = 2; i <= 4; i++) {
            assertThat(user.recordFailedLogin(later.plusSeconds(i), POLICY)).isFalse();
        }
        assertThat(user.recordFailedLogin(later.plusSeconds(5), POLICY)).as("locks again on the fifth").isTrue();
        assertThat(user.isLocked(later.plusSeconds(5))).isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        UserAccount user = admin();
        for (int i = 1; i <= 4; i++) {
            user.recordFailedLogin(T0.plusSeconds(i), POLICY);
        }
        Instant success = T0.plusSeconds(10);
        user.recordSuccessfulLogin(success);
        assertThat(user.getFailedLogins()).isZero();
        assertThat(user.getLastLoginAt()).isEqualTo(success);
        assertThat(user.recordFailedLogin(T0.plusSeconds(11), POLICY))
                .as("the count starts again, so this is the first failure")
                .isFalse();
        assertThat(user.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInAfterTheLockClearsIt() {
        UserAccount user = admin();
        lock(user, T0);
        Instant after = T0.plus(Duration.ofMinutes(16));
        user.recordSuccessfulLogin(after);
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.getFailedLogins()).isZero();
    }

    @Test
    void theNumberOfFailuresAndTheLockFollowThePolicy() {
        PasswordPolicy strict = new PasswordPolicy(8, 3, 5, Duration.ofDays(90), 3, Duration.ofHours(1));
        UserAccount user = admin();
        assertThat(user.recordFailedLogin(T0, strict)).isFalse();
        assertThat(user.recordFailedLogin(T0, strict)).isFalse();
        assertThat(user.recordFailedLogin(T0, strict)).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    private static void lock(UserAccount user, Instant at) {
        for (int i = 1; i < POLICY.maxFailures(); i++) {
            assertThat(user.recordFailedLogin(at, POLICY)).isFalse();
        }
        assertThat(user.recordFailedLogin(at, POLICY)).isTrue();
    }

    // --- password age ---

    @Test
    void aPasswordIsDueForChangeOnlyAfterItsMaximumAge() {
        UserAccount user = admin();
        Duration maxAge = Duration.ofDays(90);
        assertThat(user.passwordChangeDue(T0, maxAge)).isFalse();
        assertThat(user.passwordChangeDue(T0.plus(Duration.ofDays(89)), maxAge)).isFalse();
        assertThat(user.passwordChangeDue(T0.plus(maxAge), maxAge)).as("exactly 90 days old").isFalse();
        assertThat(user.passwordChangeDue(T0.plus(maxAge).plusSeconds(1), maxAge)).isTrue();
        assertThat(user.passwordChangeDue(T0.plus(Duration.ofDays(365)), maxAge)).isTrue();
    }

    @Test
    void aZeroOrMissingMaximumAgeNeverExpiresAPassword() {
        UserAccount user = admin();
        Instant muchLater = T0.plus(Duration.ofDays(3650));
        assertThat(user.passwordChangeDue(muchLater, Duration.ZERO)).isFalse();
        assertThat(user.passwordChangeDue(muchLater, null)).isFalse();
    }

    @Test
    void aTemporaryPasswordIsDueForChangeAtOnce() {
        UserAccount user = UserAccount.create(Username.of("zhangsan"), "张三", Role.DISTRICT_ADMIN, chenghua, null,
                HASH, true, T0);
        assertThat(user.passwordChangeDue(T0, Duration.ofDays(90))).isTrue();
        assertThat(user.passwordChangeDue(T0, Duration.ZERO)).isTrue();
        assertThat(user.passwordChangeDue(T0, null)).isTrue();
    }

    // --- password changes and the session epoch ---

    @Test
    void changingThePasswordRestartsItsAgeAndEndsOtherSessions() {
        UserAccount user = UserAccount.create(Username.of("zhangsan"), "张三", Role.DISTRICT_ADMIN, chenghua, null,
                HASH, true, T0);
        Instant later = T0.plus(Duration.ofDays(100));
        user.changePassword("new-hash", later);
        assertThat(user.getPasswordHash()).isEqualTo("new-hash");
        assertThat(user.getPasswordChangedAt()).isEqualTo(later);
        assertThat(user.isMustChangePassword()).isFalse();
        assertThat(user.passwordChangeDue(later.plus(Duration.ofDays(1)), Duration.ofDays(90))).isFalse();
        assertThat(user.getSessionEpoch()).isEqualTo(1);
        assertThat(user.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void aResetSetsATemporaryPasswordUnlocksAndEndsSessions() {
        UserAccount user = admin();
        lock(user, T0);
        Instant later = T0.plusSeconds(60);
        user.resetPassword("temp-hash", later);
        assertThat(user.getPasswordHash()).isEqualTo("temp-hash");
        assertThat(user.getPasswordChangedAt()).isEqualTo(later);
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.passwordChangeDue(later, Duration.ofDays(90))).isTrue();
        assertThat(user.isLocked(later)).isFalse();
        assertThat(user.getFailedLogins()).isZero();
        assertThat(user.getSessionEpoch()).isEqualTo(1);
        assertThat(user.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void upgradingTheHashChangesNothingElse() {
        UserAccount user = admin();
        user.upgradeHash("stronger-hash");
        assertThat(user.getPasswordHash()).isEqualTo("stronger-hash");
        assertThat(user.getPasswordChangedAt()).isEqualTo(T0);
        assertThat(user.getSessionEpoch()).isZero();
    }

    @Test
    void disablingEndsSessionsOnce() {
        UserAccount user = admin();
        Instant later = T0.plusSeconds(60);
        user.disable(later);
        assertThat(user.isEnabled()).isFalse();
        assertThat(user.getSessionEpoch()).isEqualTo(1);
        assertThat(user.getUpdatedAt()).isEqualTo(later);
        user.disable(later.plusSeconds(60));
        assertThat(user.getSessionEpoch()).as("disabling twice ends sessions once").isEqualTo(1);
        assertThat(user.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void enablingClearsTheLockAndTheFailures() {
        UserAccount user = admin();
        lock(user, T0);
        user.disable(T0.plusSeconds(1));
        Instant later = T0.plusSeconds(2);
        user.enable(later);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isLocked(later)).isFalse();
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.getFailedLogins()).isZero();
        assertThat(user.getSessionEpoch()).as("enabling opens no session").isEqualTo(1);
        assertThat(user.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void enablingAnEnabledAccountChangesNothing() {
        UserAccount user = admin();
        user.enable(T0.plusSeconds(1));
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getSessionEpoch()).isZero();
        assertThat(user.getUpdatedAt()).isEqualTo(T0);
    }

    // --- reassignment ---

    @Test
    void renamingKeepsSessions() {
        UserAccount user = admin();
        Instant later = T0.plusSeconds(60);
        user.reassign("张三丰", Role.DISTRICT_ADMIN, chenghua, null, later);
        assertThat(user.getDisplayName()).isEqualTo("张三丰");
        assertThat(user.getSessionEpoch()).isZero();
        assertThat(user.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void aNewRoleEndsSessions() {
        UserAccount user = admin();
        user.reassign("张三", Role.AUDITOR, chenghua, null, T0.plusSeconds(60));
        assertThat(user.getRole()).isEqualTo(Role.AUDITOR);
        assertThat(user.getRegionCode()).isEqualTo(chenghua.getCode());
        assertThat(user.getSessionEpoch()).isEqualTo(1);
    }

    @Test
    void aNewRegionEndsSessions() {
        UserAccount user = admin();
        user.reassign("张三", Role.DISTRICT_ADMIN, jinjiang, null, T0.plusSeconds(60));
        assertThat(user.getRegionCode()).isEqualTo(jinjiang.getCode());
        assertThat(user.getRegionPath()).isEqualTo("/510100/510104/");
        assertThat(user.getSessionEpoch()).isEqualTo(1);
    }

    @Test
    void aNewOrganisationEndsSessions() {
        UserAccount partner =
                UserAccount.create(Username.of("partner1"), "某公益组织", Role.PARTNER, null, 7L, HASH, false, T0);
        partner.reassign("某公益组织", Role.PARTNER, null, 7L, T0.plusSeconds(1));
        assertThat(partner.getSessionEpoch()).as("same organisation").isZero();
        partner.reassign("某公益组织", Role.PARTNER, null, 8L, T0.plusSeconds(2));
        assertThat(partner.getPartnerId()).isEqualTo(8L);
        assertThat(partner.getSessionEpoch()).isEqualTo(1);
    }

    @Test
    void turningStaffIntoAPartnerUserDropsTheRegion() {
        UserAccount user = staff(Role.STREET_STAFF, qinglong);
        user.reassign("张三", Role.PARTNER, null, 9L, T0.plusSeconds(1));
        assertThat(user.getRole()).isEqualTo(Role.PARTNER);
        assertThat(user.getRegionCode()).isNull();
        assertThat(user.getRegionPath()).isNull();
        assertThat(user.getPartnerId()).isEqualTo(9L);
        assertThat(user.getSessionEpoch()).isEqualTo(1);
    }

    @Test
    void aRefusedReassignmentChangesNothing() {
        UserAccount user = admin();
        assertThatThrownBy(() -> user.reassign("李四", Role.STREET_STAFF, chenghua, null, T0.plusSeconds(1)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(user.getDisplayName()).isEqualTo("张三");
        assertThat(user.getRole()).isEqualTo(Role.DISTRICT_ADMIN);
        assertThat(user.getRegionCode()).isEqualTo(chenghua.getCode());
        assertThat(user.getSessionEpoch()).isZero();
        assertThat(user.getUpdatedAt()).isEqualTo(T0);
    }

    @Test
    void everySessionEndingChangeRaisesTheEpochAgain() {
        UserAccount user = admin();
        user.changePassword("h1", T0.plusSeconds(1));
        user.resetPassword("h2", T0.plusSeconds(2));
        user.reassign("张三", Role.AUDITOR, chenghua, null, T0.plusSeconds(3));
        user.disable(T0.plusSeconds(4));
        assertThat(user.getSessionEpoch()).isEqualTo(4);
    }
}
