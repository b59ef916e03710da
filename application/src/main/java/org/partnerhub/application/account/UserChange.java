package org.partnerhub.application.account;

import java.util.Set;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.notification.NotificationKind;

/**
 * An administrator's change to an account's name, role, scope and phone (null clears the phone). The e-mail settings
 * change only when given: {@code email} null keeps the address and an empty one removes it; {@code language} and
 * {@code mailKinds} null keep what the user chose.
 */
public record UserChange(String displayName, Role role, String regionCode, Long partnerId, String phone, String email,
        String language, Set<NotificationKind> mailKinds) {

    public UserChange(String displayName, Role role, String regionCode, Long partnerId, String phone) {
        this(displayName, role, regionCode, partnerId, phone, null, null, null);
    }
}
