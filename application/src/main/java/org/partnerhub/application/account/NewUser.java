package org.partnerhub.application.account;

import java.util.Set;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.notification.NotificationKind;

/**
 * What an administrator fills in to create an account; the password is generated. {@code email}, {@code language}
 * ({@code zh-CN} or {@code en}; Chinese if null) and {@code mailKinds} (all kinds if null) are optional.
 */
public record NewUser(String username, String displayName, Role role, String regionCode, Long partnerId, String phone,
        String email, String language, Set<NotificationKind> mailKinds) {

    public NewUser(String username, String displayName, Role role, String regionCode, Long partnerId, String phone) {
        this(username, displayName, role, regionCode, partnerId, phone, null, null, null);
    }
}
