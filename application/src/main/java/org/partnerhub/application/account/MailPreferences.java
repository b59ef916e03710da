package org.partnerhub.application.account;

import java.util.Set;
import org.partnerhub.domain.account.UserAccount;
import org.partnerhub.domain.notification.NotificationKind;

/** A user's own e-mail settings: the address (masked; null if none), the language, the kinds wanted by e-mail. */
public record MailPreferences(String email, String language, Set<NotificationKind> mailKinds, long version) {

    static MailPreferences of(UserAccount user) {
        return new MailPreferences(user.getEmailMasked(), user.getLanguage().tag(), user.getMailKinds(),
                user.getVersion());
    }
}
