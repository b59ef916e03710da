package org.partnerhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.application.account.AuthenticationService;
import org.partnerhub.application.account.CreatedUser;
import org.partnerhub.application.account.IssuedToken;
import org.partnerhub.application.account.LoginResult;
import org.partnerhub.application.account.NewUser;
import org.partnerhub.application.account.TokenService;
import org.partnerhub.application.audit.AuditReader;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditQuery;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.it.support.Deployments;

/**
 * The account services inside the server on the run's database: who may manage accounts, the identity rules (lock,
 * history, age, throttle), sessions and tokens ending, the audit trail, and personal data sealed at rest.
 */
@ExtendWith(ArquillianExtension.class)
class AccountContextIT {

    private static final String GOOD = "Strong#Pass-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarWith(AccountContextIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    TokenService tokens;

    @Inject
    AuditReader audit;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    private Actor admin() {
        LoginResult result = authentication.login("admin", System.getProperty("partnerhub.admin.password"), "10.0.0.1");
        assertThat(result).isInstanceOf(LoginResult.Success.class);
        return ((LoginResult.Success) result).actor();
    }

    private static String name(String prefix) {
        return prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    /** A new auditor with its own password set, signed in. */
    private Actor newAuditor(String username) {
        CreatedUser created = accounts.create(admin(), new NewUser(username, "审计员", Role.AUDITOR, "510108", null, null));
        LoginResult first = authentication.login(username, created.temporaryPassword(), "10.0.0.2");
        assertThat(((LoginResult.Success) first).passwordChangeDue()).isTrue();
        accounts.changeOwnPassword(((LoginResult.Success) first).actor(), created.temporaryPassword(), GOOD);
        return ((LoginResult.Success) authentication.login(username, GOOD, "10.0.0.2")).actor();
    }

    @Test
    void onlyADistrictAdministratorCreatesAccountsAndTheRefusalIsAudited() {
        Actor auditor = newAuditor(name("aud"));
        assertThatThrownBy(() -> accounts.create(auditor, new NewUser(name("x"), "x", Role.AUDITOR, "510108", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.create(Actor.anonymous("10.0.0.3"),
                new NewUser(name("x"), "x", Role.AUDITOR, "510108", null, null))).isInstanceOf(NotAuthenticatedException.class);
        var denied = audit.find(admin(), new AuditQuery(auditor.username(), AuditAction.ACCESS_DENIED, null, null, null, null,
                null), PageRequest.first(5));
        assertThat(denied.total()).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesAndTheLockLooksLikeAWrongPassword() {
        String username = name("lock");
        newAuditor(username);
        String address = "10.1." + ThreadLocalRandom.current().nextInt(250) + ".1";
        for (int i = 0; i < 5; i++) {
            assertThat(authentication.login(username, "wrong", address)).isEqualTo(new LoginResult.Failure(false));
        }
        assertThat(authentication.login(username, GOOD, address)).isEqualTo(new LoginResult.Failure(false));
        assertThat(authentication.login("no-such-user-" + username, GOOD, address)).isEqualTo(new LoginResult.Failure(false));
        var locked = audit.find(admin(), new AuditQuery(username, AuditAction.ACCOUNT_LOCKED, null, null, null, null, null),
                PageRequest.first(5));
        assertThat(locked.total()).isEqualTo(1);
        assertThat(locked.items().get(0).getDetail()).contains("5 consecutive failures");
    }

    @Test
    void failuresFromOneAddressAreThrottledWhateverTheName() {
        String address = "10.2." + ThreadLocalRandom.current().nextInt(250) + ".9";
        for (int i = 0; i < 20; i++) {
            authentication.login("nobody-" + i, "x", address);
        }
        assertThat(authentication.login("admin", System.getProperty("partnerhub.admin.password"), address))
                .isEqualTo(new LoginResult.Failure(true));
        assertThat(authentication.login("admin", System.getProperty("partnerhub.admin.password"), "10.2.255.254"))
                .isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void theLastFivePasswordsCannotBeReusedAndTheRulesAreEnforced() {
        String username = name("hist");
        Actor me = newAuditor(username);
        assertThatThrownBy(() -> accounts.changeOwnPassword(me, GOOD, "short1A"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.message().key()).contains("password.tooShort"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(me, GOOD, "alllowercase"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.message().key()).contains("password.classes"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(me, "not-current", "Another#Pass-1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("currentPassword"));

        String current = GOOD;
        for (int i = 1; i <= 4; i++) {
            String next = "Rotate#Pass-" + i;
            accounts.changeOwnPassword(me, current, next);
            current = next;
        }
        String last = current;
        // GOOD was used 4 changes ago (plus the temporary one before it): still within the last five
        assertThatThrownBy(() -> accounts.changeOwnPassword(me, last, GOOD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).message().key()).isEqualTo("password.reused"));
        accounts.changeOwnPassword(me, last, "Rotate#Pass-5");
        accounts.changeOwnPassword(me, "Rotate#Pass-5", GOOD.replace("2026", "2027"));
    }

    @Test
    void anExpiredPasswordMustBeChangedAtTheNextSignIn() throws Exception {
        String username = name("age");
        newAuditor(username);
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "UPDATE user_account SET password_changed_at = ? WHERE username = ?")) {
            p.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(91))));
            p.setString(2, username);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
        LoginResult result = authentication.login(username, GOOD, "10.0.0.5");
        assertThat(((LoginResult.Success) result).passwordChangeDue()).isTrue();
    }

    @Test
    void sessionsEndWhenTheAccountIsDisabledOrTheAbsoluteLimitPasses() {
        String username = name("sess");
        newAuditor(username);
        LoginResult.Success signedIn = (LoginResult.Success) authentication.login(username, GOOD, "10.0.0.6");
        Long id = signedIn.actor().userId();
        assertThat(authentication.resume(id, signedIn.sessionEpoch(), signedIn.signedInAt(), "10.0.0.6")).isPresent();
        assertThat(authentication.resume(id, signedIn.sessionEpoch(), Instant.now().minus(Duration.ofHours(13)), "10.0.0.6"))
                .as("older than the absolute 12 hours").isEmpty();

        accounts.setEnabled(admin(), id, false);
        assertThat(authentication.resume(id, signedIn.sessionEpoch(), signedIn.signedInAt(), "10.0.0.6")).isEmpty();
        assertThat(authentication.login(username, GOOD, "10.0.0.6")).isEqualTo(new LoginResult.Failure(false));
        accounts.setEnabled(admin(), id, true);
        assertThat(authentication.login(username, GOOD, "10.0.0.6")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void tokensWorkUntilRevokedOrExpiredAndAreStoredOnlyAsAHash() throws Exception {
        String username = name("tok");
        newAuditor(username);
        IssuedToken issued = authentication.issueToken(username, GOOD, "10.0.0.7");
        assertThat(authentication.authenticateToken(issued.token(), "10.0.0.7")).get()
                .extracting(Actor::username).isEqualTo(username);
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT token_hash FROM api_token WHERE id = ?")) {
            p.setLong(1, issued.id());
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).hasSize(64).doesNotContain(issued.token().substring(3));
            }
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("UPDATE api_token SET expires_at = ? WHERE id = ?")) {
            p.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
            p.setLong(2, issued.id());
            p.executeUpdate();
        }
        assertThat(authentication.authenticateToken(issued.token(), "10.0.0.7")).as("expired").isEmpty();

        IssuedToken second = authentication.issueToken(username, GOOD, "10.0.0.7");
        tokens.revoke(admin(), second.id());
        assertThat(authentication.authenticateToken(second.token(), "10.0.0.7")).as("revoked").isEmpty();
    }

    @Test
    void phoneNumbersAreSealedAtRestMaskedInListsAndTheFullViewIsAudited() throws Exception {
        String username = name("phone");
        CreatedUser created = accounts.create(admin(),
                new NewUser(username, "王芳", Role.STREET_STAFF, streetCode(), null, "138 0013 8000"));
        assertThat(created.user().phone()).isEqualTo("138****8000");
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "SELECT phone_sealed, phone_masked FROM user_account WHERE username = ?")) {
            p.setString(1, username);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("v1:").doesNotContain("13800138000").doesNotContain("8000");
                assertThat(rs.getString(2)).isEqualTo("138****8000");
            }
        }
        assertThat(accounts.get(admin(), created.user().id()).phone()).isEqualTo("13800138000");
        assertThat(audit.find(admin(), new AuditQuery(null, AuditAction.PERSONAL_DATA_VIEWED, "user",
                String.valueOf(created.user().id()), null, null, null), PageRequest.first(5)).total()).isEqualTo(1);
    }

    @Test
    void everyAuditLineHasTimeActorAddressActionObjectAndOutcome() {
        var page = audit.find(admin(), AuditQuery.all(), PageRequest.first(50));
        assertThat(page.items()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getOccurredAt()).isNotNull();
            assertThat(e.getAction()).isNotNull();
            assertThat(e.getOutcome()).isNotNull();
        });
        assertThat(page.items()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN);
            assertThat(e.getActorName()).isNotBlank();
            assertThat(e.getClientAddress()).isNotBlank();
        });
    }

    private String streetCode() {
        return RegionCode.generated(RegionCode.of("510108"), "青龙街道").value();
    }
}
