package org.partnerhub.application.account;

import java.time.Instant;
import java.util.Set;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.account.UserAccount;
import org.partnerhub.domain.notification.NotificationKind;

/**
 * An account as shown to an administrator. {@code phone} and {@code email} are the masked forms in lists and in full
 * only on the detail view (whose reading is audited); {@code phoneFull} says which one it is. {@code language} and
 * {@code mailKinds}: what the user gets by e-mail, and in which language.
 */
public record UserView(Long id, String username, String displayName, Role role, String regionCode, Long partnerId,
        String phone, boolean phoneFull, boolean enabled, boolean locked, boolean mustChangePassword,
        Instant lastLoginAt, Instant createdAt, long version, String email, String language,
        Set<NotificationKind> mailKinds) {

    static UserView masked(UserAccount user, Instant now) {
        return of(user, user.getPhoneMasked(), user.getEmailMasked(), false, now);
    }

    static UserView of(UserAccount user, String phone, String email, boolean full, Instant now) {
        return new UserView(user.getId(), user.getUsername().value(), user.getDisplayName(), user.getRole(),
                user.getRegionCode() == null ? null : user.getRegionCode().value(), user.getPartnerId(), phone, full,
                user.isEnabled(), user.isLocked(now), user.isMustChangePassword(), user.getLastLoginAt(),
                user.getCreatedAt(), user.getVersion(), email, user.getLanguage().tag(), user.getMailKinds());
    }
}
