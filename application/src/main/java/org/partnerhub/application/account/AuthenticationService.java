package org.partnerhub.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.ApiToken;
import org.partnerhub.domain.account.PasswordPolicy;
import org.partnerhub.domain.account.UserAccount;
import org.partnerhub.domain.account.Username;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.TooManyRequestsException;

/**
 * Signing in (people, by password; systems, by token) and checking that a session or a token is still good. Applies
 * the identity rules: consecutive failures lock an account, failures from one address are throttled, and no answer
 * tells whether a user name exists. Every attempt is audited.
 */
@ApplicationScoped
public class AuthenticationService {

    @Inject
    AccountRepository accounts;

    @Inject
    SecuritySettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Hashing hashing;

    private PasswordPolicy policy;

    @PostConstruct
    void init() {
        policy = settings.passwordPolicy();
    }

    /** A person signs in on the login page. */
    @Transactional(dontRollbackOn = RuntimeException.class)
    public LoginResult login(String rawUsername, String password, String clientAddress) {
        Actor anonymous = Actor.anonymous(clientAddress);
        Instant now = clock.instant();
        if (throttled(clientAddress, now)) {
            audit.recordAttempt(anonymous, parse(rawUsername).map(Username::value).orElse("(malformed name)"),
                    AuditAction.LOGIN, AuditOutcome.DENIED, "too many failures from this address");
            hashing.hasher().verifyNothing(password);
            return new LoginResult.Failure(true);
        }
        Optional<Username> typed = parse(rawUsername);
        Optional<UserAccount> found = typed.flatMap(accounts::findByUsernameForUpdate);
        if (found.isEmpty()) {
            hashing.hasher().verifyNothing(password);
            // only a well-formed name is written down: a password typed into the name field must not reach the log
            audit.recordAttempt(anonymous, typed.map(Username::value).orElse("(malformed name)"), AuditAction.LOGIN,
                    AuditOutcome.FAILURE, "unknown user");
            return new LoginResult.Failure(false);
        }
        UserAccount user = found.get();
        String refusal = null;
        if (!user.isEnabled()) {
            hashing.hasher().verifyNothing(password);
            refusal = "account disabled";
        } else if (user.isLocked(now)) {
            hashing.hasher().verifyNothing(password);
            refusal = "account locked";
        } else if (!hashing.hasher().verify(password, user.getPasswordHash())) {
            refusal = "wrong password";
            if (user.recordFailedLogin(now, policy)) {
                audit.record(Actor.of(user, clientAddress), AuditAction.ACCOUNT_LOCKED, "user", user.getId(),
                        AuditOutcome.SUCCESS, "locked until " + user.getLockedUntil() + " after " + user.getFailedLogins()
                                + " consecutive failures");
            }
        }
        if (refusal != null) {
            audit.recordAttempt(anonymous, user.getUsername().value(), AuditAction.LOGIN, AuditOutcome.FAILURE, refusal);
            return new LoginResult.Failure(false);
        }
        user.recordSuccessfulLogin(now);
        if (hashing.hasher().needsRehash(user.getPasswordHash())) {
            user.upgradeHash(hashing.hasher().hash(password));
        }
        Actor actor = Actor.of(user, clientAddress);
        boolean changeDue = user.passwordChangeDue(now, policy.maxAge());
        audit.record(actor, AuditAction.LOGIN, "user", user.getId(), AuditOutcome.SUCCESS,
                changeDue ? "password change due" : null);
        return new LoginResult.Success(actor, user.getSessionEpoch(), now, changeDue);
    }

    /**
     * Re-checks a session on every request: the account must still exist and be enabled, nothing may have ended its
     * sessions since (disabled, password or role changed), and the session must be younger than the absolute limit.
     */
    @Transactional
    public Optional<SessionState> resume(Long userId, int sessionEpoch, Instant signedInAt, String clientAddress) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findById(userId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!user.isEnabled() || user.getSessionEpoch() != sessionEpoch) {
            return Optional.empty();
        }
        Actor actor = Actor.of(user, clientAddress);
        if (!signedInAt.plus(settings.sessionAbsoluteTimeout()).isAfter(now)) {
            audit.record(actor, AuditAction.SESSION_EXPIRED, "user", user.getId(), AuditOutcome.SUCCESS,
                    "absolute session limit reached");
            return Optional.empty();
        }
        return Optional.of(new SessionState(actor, user.passwordChangeDue(now, settings.passwordPolicy().maxAge())));
    }

    public void logout(Actor actor) {
        if (actor != null && actor.isAuthenticated()) {
            audit.record(actor, AuditAction.LOGOUT, "user", actor.userId(), AuditOutcome.SUCCESS, null);
        }
    }

    /**
     * A system exchanges its account's name and password (HTTP Basic) for a bearer token. The same rules as for a
     * person's sign-in apply; an account whose password must be changed gets no token.
     */
    @Transactional(dontRollbackOn = RuntimeException.class)
    public IssuedToken issueToken(String username, String password, String clientAddress) {
        LoginResult result = login(username, password, clientAddress);
        if (result instanceof LoginResult.Failure failure) {
            if (failure.throttled()) {
                throw new TooManyRequestsException(Message.of("auth.throttled"));
            }
            throw new NotAuthenticatedException(Message.of("auth.invalid"));
        }
        LoginResult.Success success = (LoginResult.Success) result;
        if (success.passwordChangeDue()) {
            throw new ForbiddenException(Message.of("token.passwordChangeDue"));
        }
        UserAccount user = accounts.findById(success.actor().userId()).orElseThrow();
        String token = Secrets.apiToken();
        Instant now = clock.instant();
        ApiToken stored = new ApiToken(user, Hashing.tokenHash(token), token.substring(3, 11), now,
                now.plus(settings.tokenValidity()));
        accounts.addToken(stored);
        audit.record(success.actor(), AuditAction.TOKEN_ISSUED, "token", stored.getId(), AuditOutcome.SUCCESS,
                "expires " + stored.getExpiresAt());
        return new IssuedToken(stored.getId(), token, stored.getExpiresAt());
    }

    /** The actor a bearer token stands for, if the token is known, active and its account still valid. */
    @Transactional
    public Optional<Actor> authenticateToken(String token, String clientAddress) {
        Instant now = clock.instant();
        Optional<AccountRepository.HeldToken> held = accounts.findTokenWithHolder(Hashing.tokenHash(token));
        Optional<ApiToken> found = held.map(AccountRepository.HeldToken::token);
        Optional<Actor> actor = held.filter(h -> h.token().isActive(now))
                .filter(h -> h.holder().isEnabled())
                .filter(h -> h.holder().getSessionEpoch() == h.token().getSessionEpoch())
                // an expired password stops the account's tokens too, until it is changed
                .filter(h -> !h.holder().passwordChangeDue(now, policy.maxAge()))
                .map(h -> Actor.of(h.holder(), clientAddress));
        if (actor.isEmpty()) {
            audit.record(Actor.anonymous(clientAddress), AuditAction.TOKEN_REJECTED, "token",
                    found.map(ApiToken::getId).orElse(null), AuditOutcome.FAILURE,
                    found.isEmpty() ? "unknown token" : "expired, revoked or account changed");
        }
        return actor;
    }

    private boolean throttled(String clientAddress, Instant now) {
        return clientAddress != null && audit.failedLogins(clientAddress, now.minus(settings.addressWindow()))
                >= settings.addressMaxFailures();
    }

    private static Optional<Username> parse(String raw) {
        try {
            return Optional.of(Username.of(raw));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
