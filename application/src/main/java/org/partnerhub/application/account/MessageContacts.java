package org.partnerhub.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.Language;
import org.partnerhub.domain.account.UserAccount;
import org.partnerhub.domain.notification.NotificationKind;

/**
 * The account context's narrow API for the channels that send messages outside the browser: where and in which
 * language a user is reached, and which kinds of notification the user wants there. The address is opened only here,
 * for sending; it is never logged.
 */
@ApplicationScoped
@Transactional
public class MessageContacts {

    /** How to reach a user: the e-mail address (null: none), the language, the kinds wanted, whether enabled. */
    public record Contact(Long userId, String displayName, String email, Language language,
            Set<NotificationKind> mailKinds, boolean enabled) {
        @Override
        public String toString() {
            return "Contact[" + userId + "]";
        }
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PersonalDataCipher cipher;

    public Optional<Contact> of(Long userId) {
        return accounts.findById(userId).map(this::contact);
    }

    private Contact contact(UserAccount user) {
        return new Contact(user.getId(), user.getDisplayName(),
                cipher.open(user.getEmailSealed(), AccountService.EMAIL_PURPOSE), user.getLanguage(),
                user.getMailKinds(), user.isEnabled());
    }
}
