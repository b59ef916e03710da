package org.partnerhub.application.account;

import java.time.Instant;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.account.UserAccount;

/**
 * An account as shown to an administrator. {@code phone} is the masked form in lists and the full number only on the
 * detail view (whose reading is audited); {@code phoneFull} says which one it is.
 */
public record UserView(Long id, String username, String displayName, Role role, String regionCode, Long partnerId,
        String phone, boolean phoneFull, boolean enabled, boolean locked, boolean mustChangePassword,
        Instant lastLoginAt, Instant createdAt, long version) {

    static UserView masked(UserAccount user, Instant now) {
        return of(user, user.getPhoneMasked(), false, now);
    }

    static UserView of(UserAccount user, String phone, boolean full, Instant now) {
        return new UserView(user.getId(), user.getUsername().value(), user.getDisplayName(), user.getRole(),
                user.getRegionCode() == null ? null : user.getRegionCode().value(), user.getPartnerId(), phone, full,
                user.isEnabled(), user.isLocked(now), user.isMustChangePassword(), user.getLastLoginAt(),
                user.getCreatedAt(), user.getVersion());
    }
}
