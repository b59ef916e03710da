package org.partnerhub.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.partnerhub.domain.notification.NotificationKind;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Sealed;
import org.partnerhub.domain.shared.Text;

/**
 * A person's (or a system's) account: who it is, what role it plays, and where — a region for staff and integrators,
 * an organisation for partner users. It also carries the sign-in state the identity rules need: the password hash and
 * its age, consecutive failures, the lock, and a session epoch that ends every open session and token when raised.
 *
 * <p>The phone number and the e-mail address are personal data: each is stored sealed (encrypted) and, for lists, as a
 * masked copy.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int DISPLAY_NAME_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = 32)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Role role;

    @Column(name = "region_code", length = RegionCode.MAX_LENGTH)
    private RegionCode regionCode;

    /** The region's materialised path, copied (regions never move): scope checks need no join. */
    @Column(name = "region_path", length = 255)
    private String regionPath;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "phone_sealed", length = 255)
    private Sealed phoneSealed;

    @Column(name = "phone_masked", length = 32)
    private String phoneMasked;

    @Column(name = "email_sealed", length = 512)
    private Sealed emailSealed;

    @Column(name = "email_masked", length = 255)
    private String emailMasked;

    /** The language of what is sent to the user outside the browser (e-mail): {@code zh-CN} or {@code en}. */
    @Column(name = "language", nullable = false, length = 8)
    private String language = Language.ZH_CN.tag();

    /** The kinds of notification the user also wants by e-mail (comma-separated {@link NotificationKind} names). */
    @Column(name = "mail_kinds", nullable = false, length = 255)
    private String mailKinds = NotificationKind.format(NotificationKind.all());

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserAccount() {
        // for JPA
    }

    /**
     * A new, enabled account. {@code region} is required for staff, auditors and integrators (at the level the role
     * asks for, if any), {@code partnerId} for partner users.
     */
    public static UserAccount create(Username username, String displayName, Role role, Region region, Long partnerId,
            String passwordHash, boolean mustChangePassword, Instant now) {
        UserAccount user = new UserAccount();
        user.username = Objects.requireNonNull(username, "username").value();
        user.assign(displayName, role, region, partnerId);
        user.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        user.passwordChangedAt = now;
        user.mustChangePassword = mustChangePassword;
        user.enabled = true;
        user.createdAt = now;
        user.updatedAt = now;
        return user;
    }

    /** Changes name, role and scope; a change of role or scope ends the user's sessions and tokens. */
    public void reassign(String newDisplayName, Role newRole, Region newRegion, Long newPartnerId, Instant now) {
        Role oldRole = role;
        RegionCode oldRegion = regionCode;
        Long oldPartner = partnerId;
        assign(newDisplayName, newRole, newRegion, newPartnerId);
        if (oldRole != role || !Objects.equals(oldRegion, regionCode) || !Objects.equals(oldPartner, partnerId)) {
            sessionEpoch++;
        }
        updatedAt = now;
    }

    private void assign(String rawDisplayName, Role newRole, Region region, Long newPartnerId) {
        String name = Text.clean(rawDisplayName);
        if (name == null) {
            throw new RuleViolationException(Message.of("user.displayName.blank"));
        }
        if (Text.length(name) > DISPLAY_NAME_MAX) {
            throw new RuleViolationException(Message.of("text.tooLong", DISPLAY_NAME_MAX));
        }
        Objects.requireNonNull(newRole, "role");
        if (newRole.needsRegion()) {
            if (region == null) {
                throw new RuleViolationException(Message.of("user.region.required", newRole));
            }
            if (newRole.regionLevel() != null && region.getLevel() != newRole.regionLevel()) {
                throw new RuleViolationException(
                        Message.of("user.region.level", newRole, newRole.regionLevel(), region.getNameZh(), region.getLevel()));
            }
        }
        if (newRole.needsPartner() && newPartnerId == null) {
            throw new RuleViolationException(Message.of("user.partner.required"));
        }
        displayName = name;
        role = newRole;
        regionCode = newRole.needsRegion() ? region.getCode() : null;
        regionPath = newRole.needsRegion() ? region.getPath() : null;
        partnerId = newRole.needsPartner() ? newPartnerId : null;
    }

    public void setPhone(Sealed sealed, String masked, Instant now) {
        phoneSealed = sealed;
        phoneMasked = masked;
        updatedAt = now;
    }

    public void setEmail(Sealed sealed, String masked, Instant now) {
        emailSealed = sealed;
        emailMasked = masked;
        updatedAt = now;
    }

    /** The user's choice of language and of the kinds of notification that also come by e-mail. */
    public void choosePreferences(Language newLanguage, Set<NotificationKind> kinds, Instant now) {
        language = Objects.requireNonNull(newLanguage, "language").tag();
        mailKinds = NotificationKind.format(Objects.requireNonNull(kinds, "kinds"));
        updatedAt = now;
    }

    /** Whether a notification of this kind also goes to the user's e-mail address (if the user has one). */
    public boolean wantsMail(NotificationKind kind) {
        return emailSealed != null && getMailKinds().contains(kind);
    }

    /** Whether a sign-in is refused right now because of earlier failures. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th consecutive one locks the account for {@code lockDuration}.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailedLogin(Instant now, PasswordPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // an expired lock starts a new count
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures() && lockedUntil == null) {
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** Whether the password is older than the policy allows (or must be changed for another reason). */
    public boolean passwordChangeDue(Instant now, Duration maxAge) {
        return mustChangePassword || (maxAge != null && !maxAge.isZero() && passwordChangedAt.plus(maxAge).isBefore(now));
    }

    /** The user's own change: the new hash, the age restarts, other sessions and tokens end. */
    public void changePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash);
        passwordChangedAt = now;
        mustChangePassword = false;
        sessionEpoch++;
        updatedAt = now;
    }

    /** An administrator's reset: a temporary password that must be changed at the next sign-in. */
    public void resetPassword(String temporaryHash, Instant now) {
        passwordHash = Objects.requireNonNull(temporaryHash);
        passwordChangedAt = now;
        mustChangePassword = true;
        failedLogins = 0;
        lockedUntil = null;
        sessionEpoch++;
        updatedAt = now;
    }

    /** Re-hashes with stronger parameters after a successful sign-in; nothing else changes. */
    public void upgradeHash(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
    }

    public void disable(Instant now) {
        if (enabled) {
            enabled = false;
            sessionEpoch++;
            updatedAt = now;
        }
    }

    /** Makes the account usable again: enabled, and any lock from failed sign-ins lifted. */
    public void enable(Instant now) {
        if (!enabled || lockedUntil != null || failedLogins > 0) {
            enabled = true;
            failedLogins = 0;
            lockedUntil = null;
            updatedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Username getUsername() {
        return new Username(username);
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public RegionCode getRegionCode() {
        return regionCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Sealed getPhoneSealed() {
        return phoneSealed;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public Sealed getEmailSealed() {
        return emailSealed;
    }

    public String getEmailMasked() {
        return emailMasked;
    }

    public Language getLanguage() {
        Language parsed = Language.of(language);
        return parsed == null ? Language.ZH_CN : parsed;
    }

    public Set<NotificationKind> getMailKinds() {
        return NotificationKind.parse(mailKinds);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
