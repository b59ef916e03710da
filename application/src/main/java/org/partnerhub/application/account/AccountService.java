package org.partnerhub.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.Language;
import org.partnerhub.domain.notification.NotificationKind;
import org.partnerhub.domain.shared.EmailAddress;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.PartnerDirectory;
import org.partnerhub.domain.account.PasswordHistoryEntry;
import org.partnerhub.domain.account.PasswordPolicy;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.account.UserAccount;
import org.partnerhub.domain.account.UserQuery;
import org.partnerhub.domain.account.Username;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.TooManyRequestsException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.Text;

/**
 * Managing accounts (district administrators) and one's own password (everyone). Passwords are never chosen by an
 * administrator: a new or reset account gets a generated temporary password, shown once, that must be changed at the
 * first sign-in.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String PHONE_PURPOSE = "user_account.phone";
    static final String EMAIL_PURPOSE = "user_account.email";

    @Inject
    AccountRepository accounts;

    @Inject
    RegionRepository regions;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    SecuritySettings settings;

    @Inject
    Hashing hashing;

    @Inject
    Clock clock;

    @Inject
    AuthenticationService authentication;

    @Inject
    PartnerDirectory partners;

    public CreatedUser create(Actor actor, NewUser command) {
        access.require(actor, Permission.MANAGE_USERS);
        List<FieldError> errors = new ArrayList<>();
        Username username = username(command.username(), errors);
        Region region = scope(actor, command.role(), command.regionCode(), command.partnerId(), errors);
        PhoneNumber phone = phone(command.phone(), errors);
        EmailAddress email = email(command.email(), errors);
        Language language = language(command.language(), errors);
        if (Text.clean(command.displayName()) == null) {
            errors.add(FieldError.of("displayName", "text.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new InvalidInputException(FieldError.of("username", "user.username.taken", username.value()));
        }
        Instant now = clock.instant();
        String temporary = Secrets.temporaryPassword();
        String hash = hashing.hasher().hash(temporary);
        UserAccount user = UserAccount.create(username, command.displayName(), command.role(), region,
                command.partnerId(), hash, true, now);
        applyPhone(user, phone, now);
        applyEmail(user, email, now);
        user.choosePreferences(language == null ? Language.ZH_CN : language,
                command.mailKinds() == null ? NotificationKind.all() : command.mailKinds(), now);
        accounts.add(user);
        accounts.addPasswordHistory(new PasswordHistoryEntry(user.getId(), hash, now));
        audit.record(actor, AuditAction.USER_CREATED, "user", user.getId(), AuditOutcome.SUCCESS,
                user.getUsername() + " as " + user.getRole() + scopeText(user));
        return new CreatedUser(UserView.masked(user, now), temporary);
    }

    /** The accounts of the administrator's own region (and the partner users, who belong to the platform). */
    public Page<UserView> list(Actor actor, UserQuery query, PageRequest page) {
        access.require(actor, Permission.MANAGE_USERS);
        Instant now = clock.instant();
        UserQuery scoped = new UserQuery(query.role(), query.text(), query.enabled(), actor.regionPath());
        return accounts.find(scoped, page).map(u -> UserView.masked(u, now));
    }

    /** The account's current version, for an update that came without If-Match (nothing personal is read). */
    public long version(Actor actor, Long id) {
        access.require(actor, Permission.MANAGE_USERS);
        return manageable(actor, find(id)).getVersion();
    }

    /** One account with its full phone number; reading it is audited as a view of personal data. */
    public UserView get(Actor actor, Long id) {
        access.require(actor, Permission.MANAGE_USERS);
        UserAccount user = manageable(actor, find(id));
        String phone = cipher.open(user.getPhoneSealed(), PHONE_PURPOSE);
        String email = cipher.open(user.getEmailSealed(), EMAIL_PURPOSE);
        if (phone != null || email != null) {
            audit.record(actor, AuditAction.PERSONAL_DATA_VIEWED, "user", id, AuditOutcome.SUCCESS,
                    phone != null && email != null ? "phone, email" : phone != null ? "phone" : "email");
        }
        return UserView.of(user, phone, email, phone != null || email != null, clock.instant());
    }

    public UserView change(Actor actor, Long id, long expectedVersion, UserChange command) {
        access.require(actor, Permission.MANAGE_USERS);
        UserAccount user = manageable(actor, findForUpdate(id, expectedVersion));
        List<FieldError> errors = new ArrayList<>();
        Region region = scope(actor, command.role(), command.regionCode(), command.partnerId(), errors);
        PhoneNumber phone = phone(command.phone(), errors);
        EmailAddress email = email(command.email(), errors);
        Language language = language(command.language(), errors);
        if (Text.clean(command.displayName()) == null) {
            errors.add(FieldError.of("displayName", "text.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (user.getRole() == Role.DISTRICT_ADMIN && command.role() != Role.DISTRICT_ADMIN && user.isEnabled()) {
            requireAnotherAdministrator(user);
        }
        Instant now = clock.instant();
        user.reassign(command.displayName(), command.role(), region, command.partnerId(), now);
        applyPhone(user, phone, now);
        if (command.email() != null) {
            applyEmail(user, email, now);
        }
        if (language != null || command.mailKinds() != null) {
            user.choosePreferences(language == null ? user.getLanguage() : language,
                    command.mailKinds() == null ? user.getMailKinds() : command.mailKinds(), now);
        }
        audit.record(actor, AuditAction.USER_UPDATED, "user", id, AuditOutcome.SUCCESS,
                user.getRole() + scopeText(user));
        return UserView.masked(user, now);
    }

    public UserView setEnabled(Actor actor, Long id, boolean enabled) {
        access.require(actor, Permission.MANAGE_USERS);
        UserAccount user = manageable(actor, accounts.findByIdForUpdate(id)
                .orElseThrow(() -> new NotFoundException(Message.of("user.notFound", id))));
        if (!enabled && user.getId().equals(actor.userId())) {
            throw new ConflictException(Message.of("user.disableSelf"));
        }
        if (!enabled && user.getRole() == Role.DISTRICT_ADMIN && user.isEnabled()) {
            requireAnotherAdministrator(user);
        }
        Instant now = clock.instant();
        if (enabled) {
            user.enable(now);
        } else {
            user.disable(now);
        }
        audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, "user", id,
                AuditOutcome.SUCCESS, null);
        return UserView.masked(user, now);
    }

    /** A new temporary password (returned once); the account's sessions and tokens end. */
    public String resetPassword(Actor actor, Long id) {
        access.require(actor, Permission.MANAGE_USERS);
        UserAccount user = manageable(actor, find(id));
        Instant now = clock.instant();
        String temporary = Secrets.temporaryPassword();
        String hash = hashing.hasher().hash(temporary);
        user.resetPassword(hash, now);
        accounts.addPasswordHistory(new PasswordHistoryEntry(id, hash, now));
        audit.record(actor, AuditAction.PASSWORD_RESET, "user", id, AuditOutcome.SUCCESS, null);
        return temporary;
    }

    /**
     * A user changes their own password: the current one must be right, the new one must follow the policy and
     * differ from the last few. Other sessions and tokens of the account end.
     *
     * @return the new session epoch, so the caller's own session can carry on
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public int changeOwnPassword(Actor actor, String current, String next) {
        access.requireSignedIn(actor);
        UserAccount user = accounts.findByIdForUpdate(actor.userId())
                .orElseThrow(() -> new NotFoundException(Message.of("user.notFound", actor.userId())));
        if (!hashing.hasher().verify(current, user.getPasswordHash())) {
            // a wrong current password counts like a failed sign-in: guessing here locks the account too
            boolean locked = user.recordFailedLogin(clock.instant(), settings.passwordPolicy());
            audit.record(actor, AuditAction.PASSWORD_CHANGED, "user", user.getId(), AuditOutcome.FAILURE,
                    "current password wrong" + (locked ? "; account locked" : ""));
            throw new InvalidInputException(FieldError.of("currentPassword", "password.currentWrong"));
        }
        PasswordPolicy policy = settings.passwordPolicy();
        List<FieldError> errors = new ArrayList<>();
        for (Message problem : policy.violations(next, user.getUsername())) {
            errors.add(new FieldError("newPassword", null, problem));
        }
        if (errors.isEmpty()) {
            for (String old : accounts.recentPasswordHashes(user.getId(), policy.historySize())) {
                if (hashing.hasher().verify(next, old)) {
                    errors.add(FieldError.of("newPassword", "password.reused", policy.historySize()));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        String hash = hashing.hasher().hash(next);
        user.changePassword(hash, now);
        accounts.addPasswordHistory(new PasswordHistoryEntry(user.getId(), hash, now));
        audit.record(actor, AuditAction.PASSWORD_CHANGED, "user", user.getId(), AuditOutcome.SUCCESS, null);
        return user.getSessionEpoch();
    }

    /**
     * The same change for a system that has no session: its name and current password (HTTP Basic) are checked with
     * the sign-in rules (lock, throttle, audit) first.
     */
    @Transactional(dontRollbackOn = {NotAuthenticatedException.class, TooManyRequestsException.class})
    public void changeOwnPasswordWithCredentials(String username, String current, String next, String clientAddress) {
        LoginResult result = authentication.login(username, current, clientAddress);
        if (result instanceof LoginResult.Failure failure) {
            if (failure.throttled()) {
                throw new TooManyRequestsException(Message.of("auth.throttled"));
            }
            throw new NotAuthenticatedException(Message.of("auth.invalid"));
        }
        changeOwnPassword(((LoginResult.Success) result).actor(), current, next);
    }

    /** The signed-in user's own e-mail settings (the address masked). */
    public MailPreferences ownPreferences(Actor actor) {
        access.requireSignedIn(actor);
        UserAccount user = accounts.findById(actor.userId())
                .orElseThrow(() -> new NotFoundException(Message.of("user.notFound", actor.userId())));
        return MailPreferences.of(user);
    }

    /**
     * A user changes their own e-mail settings: {@code email} null keeps the address, empty removes it; the language
     * ({@code zh-CN} or {@code en}) and the kinds of notification wanted by e-mail.
     */
    public MailPreferences changeOwnPreferences(Actor actor, String email, String language,
            java.util.Set<NotificationKind> kinds) {
        access.requireSignedIn(actor);
        UserAccount user = accounts.findByIdForUpdate(actor.userId())
                .orElseThrow(() -> new NotFoundException(Message.of("user.notFound", actor.userId())));
        List<FieldError> errors = new ArrayList<>();
        EmailAddress address = email(email, errors);
        Language chosen = language(language, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        if (email != null) {
            applyEmail(user, address, now);
        }
        user.choosePreferences(chosen == null ? user.getLanguage() : chosen, kinds == null ? user.getMailKinds() : kinds,
                now);
        audit.record(actor, AuditAction.USER_UPDATED, "user", user.getId(), AuditOutcome.SUCCESS,
                "own e-mail settings" + (email != null ? " and address" : ""));
        return MailPreferences.of(user);
    }

    /** The policy, for forms that explain it before the user types. */
    public PasswordPolicy passwordPolicy() {
        return settings.passwordPolicy();
    }

    /**
     * An account the administrator may manage: one of their own region, or a partner user (partners belong to the
     * platform, not to a region). Another region's account is, to them, an account that does not exist.
     */
    private UserAccount manageable(Actor actor, UserAccount user) {
        boolean inRegion = user.getRegionPath() != null && actor.covers(user.getRegionPath());
        if (!inRegion && user.getRole() != Role.PARTNER) {
            access.deny(actor, "user", user.getId());
        }
        return user;
    }

    private void requireAnotherAdministrator(UserAccount leaving) {
        boolean another = accounts.enabledIdsWithRole(Role.DISTRICT_ADMIN).stream().anyMatch(id -> !id.equals(leaving.getId()));
        if (!another) {
            throw new ConflictException(Message.of("user.lastAdmin"));
        }
    }

    private UserAccount find(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(Message.of("user.notFound", id)));
    }

    private UserAccount findForUpdate(Long id, long expectedVersion) {
        UserAccount user = accounts.findByIdForUpdate(id)
                .orElseThrow(() -> new NotFoundException(Message.of("user.notFound", id)));
        if (user.getVersion() != expectedVersion) {
            throw new StaleEditException();
        }
        return user;
    }

    /**
     * The region an account is bound to: it must exist, sit at the level the role needs, and lie within the
     * administrator's own district.
     */
    private Region scope(Actor actor, Role role, String regionCode, Long partnerId, List<FieldError> errors) {
        if (role == null) {
            errors.add(FieldError.of("role", "text.required"));
            return null;
        }
        if (role.needsPartner() && (partnerId == null || partnerId <= 0)) {
            errors.add(FieldError.of("partnerId", "user.partner.required"));
        } else if (role.needsPartner() && !partners.isCurrentPartner(partnerId)) {
            errors.add(FieldError.of("partnerId", "user.partner.unknown", partnerId));
        }
        if (!role.needsRegion()) {
            return null;
        }
        if (Text.clean(regionCode) == null) {
            errors.add(FieldError.of("regionCode", "user.region.required", role));
            return null;
        }
        Region region;
        try {
            region = regions.findByCode(RegionCode.of(regionCode)).orElse(null);
        } catch (InvalidValueException e) {
            region = null;
        }
        if (region == null) {
            errors.add(FieldError.of("regionCode", "region.notFound", regionCode));
            return null;
        }
        if (role.regionLevel() != null && region.getLevel() != role.regionLevel()) {
            errors.add(FieldError.of("regionCode", "user.region.level", role, role.regionLevel(), region.getNameZh(),
                    region.getLevel()));
            return null;
        }
        if (!actor.covers(region)) {
            errors.add(FieldError.of("regionCode", "user.region.outside", region.getNameZh()));
            return null;
        }
        return region;
    }

    private static Username username(String raw, List<FieldError> errors) {
        try {
            return Username.of(raw);
        } catch (InvalidValueException e) {
            errors.add(new FieldError("username", null, e.message()));
            return null;
        }
    }

    private static PhoneNumber phone(String raw, List<FieldError> errors) {
        if (Text.clean(raw) == null) {
            return null;
        }
        try {
            return PhoneNumber.of(raw);
        } catch (InvalidValueException e) {
            errors.add(new FieldError("phone", null, e.message()));
            return null;
        }
    }

    private static EmailAddress email(String raw, List<FieldError> errors) {
        if (Text.clean(raw) == null) {
            return null;
        }
        try {
            return EmailAddress.of(raw);
        } catch (InvalidValueException e) {
            errors.add(new FieldError("email", null, e.message()));
            return null;
        }
    }

    private static Language language(String raw, List<FieldError> errors) {
        if (Text.clean(raw) == null) {
            return null;
        }
        Language language = Language.of(raw);
        if (language == null) {
            errors.add(FieldError.of("language", "user.language.unknown", raw));
        }
        return language;
    }

    private void applyEmail(UserAccount user, EmailAddress email, Instant now) {
        if (email == null) {
            user.setEmail(null, null, now);
        } else {
            user.setEmail(cipher.seal(email.value(), EMAIL_PURPOSE), email.masked(), now);
        }
    }

    private void applyPhone(UserAccount user, PhoneNumber phone, Instant now) {
        if (phone == null) {
            user.setPhone(null, null, now);
        } else {
            user.setPhone(cipher.seal(phone.value(), PHONE_PURPOSE), phone.masked(), now);
        }
    }

    private static String scopeText(UserAccount user) {
        if (user.getRegionCode() != null) {
            return " in " + user.getRegionCode();
        }
        return user.getPartnerId() != null ? " of partner " + user.getPartnerId() : "";
    }
}
