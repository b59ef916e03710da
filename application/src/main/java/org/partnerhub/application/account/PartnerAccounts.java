package org.partnerhub.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.PasswordHistoryEntry;
import org.partnerhub.domain.account.PasswordPolicy;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.account.UserAccount;
import org.partnerhub.domain.account.Username;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;

/**
 * The accounts of partner organisations, for the onboarding context: the first account is created when the district
 * admits an application, with no usable password; the applicant then chooses the password through the private status
 * link, so that no administrator ever sees or sends it.
 */
@ApplicationScoped
@Transactional
public class PartnerAccounts {

    @Inject
    AccountRepository accounts;

    @Inject
    Hashing hashing;

    @Inject
    SecuritySettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Creates the first account of an admitted partner. Its user name is the credit code in lower case (with a
     * suffix if an earlier partner with that code already had it).
     *
     * @return the user name
     */
    public String createFirstAccount(Actor reviewer, Long partnerId, String creditCode, String displayName) {
        String base = creditCode.toLowerCase(Locale.ROOT);
        String name = base;
        for (int n = 2; accounts.findByUsername(Username.of(name)).isPresent(); n++) {
            name = base + "-" + n;
        }
        Instant now = clock.instant();
        // nobody knows this password: the account cannot be used until the applicant sets one
        String unusable = hashing.hasher().hash(Secrets.apiToken());
        UserAccount user = UserAccount.create(Username.of(name), displayName, Role.PARTNER, null, partnerId, unusable, true,
                now);
        accounts.add(user);
        audit.record(reviewer, AuditAction.USER_CREATED, "user", user.getId(), AuditOutcome.SUCCESS,
                name + " as PARTNER of partner " + partnerId);
        return name;
    }

    /** The applicant's choice of the first password (checked against the rules). */
    public void setFirstPassword(String username, String password, String clientAddress) {
        UserAccount user = accounts.findByUsernameForUpdate(Username.of(username))
                .orElseThrow(() -> new NotFoundException(Message.of("user.notFound", username)));
        PasswordPolicy policy = settings.passwordPolicy();
        List<FieldError> errors = new ArrayList<>();
        for (Message problem : policy.violations(password, user.getUsername())) {
            errors.add(new FieldError("password", null, problem));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        String hash = hashing.hasher().hash(password);
        user.changePassword(hash, now);
        accounts.addPasswordHistory(new PasswordHistoryEntry(user.getId(), hash, now));
        audit.record(new Actor(user.getId(), user.getUsername().value(), user.getDisplayName(), Role.PARTNER, null, null,
                user.getPartnerId(), clientAddress), AuditAction.PASSWORD_CHANGED, "user", user.getId(),
                AuditOutcome.SUCCESS, "first password, through the application's status link");
    }
}
