package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.application.account.MailPreferences;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.notification.NotificationKind;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.LanguageBean;
import org.partnerhub.web.security.RequestActor;

/**
 * The signed-in user's own page: who they are to the platform, and where; and their e-mail settings (the address,
 * shown masked, the language of e-mails, and which kinds of notification also come by e-mail).
 */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    RequestActor actor;

    @Inject
    RegionService regions;

    @Inject
    LanguageBean lang;

    @Inject
    AccountService accounts;

    private MailPreferences preferences;
    private String newEmail;
    private boolean removeEmail;
    private String language;
    private List<String> mailKinds;

    public Actor getMe() {
        return actor.get();
    }

    public String getRegionName() {
        Actor me = actor.get();
        return me.regionCode() == null ? null : regions.get(me.regionCode()).name(lang.isEnglish());
    }

    public MailPreferences getPreferences() {
        if (preferences == null) {
            preferences = accounts.ownPreferences(actor.get());
        }
        return preferences;
    }

    public void saveMailSettings() {
        try {
            Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
            if (mailKinds != null) {
                mailKinds.forEach(k -> kinds.add(NotificationKind.valueOf(k)));
            }
            String email = removeEmail ? "" : (newEmail == null || newEmail.isBlank() ? null : newEmail);
            preferences = accounts.changeOwnPreferences(actor.get(), email, language, kinds);
            newEmail = null;
            removeEmail = false;
            language = null;
            mailKinds = null;
            Forms.info("account.mail.saved");
        } catch (BusinessException e) {
            Forms.report(e, "mail");
        } catch (IllegalArgumentException e) {
            // a tampered checkbox value: show the form again as stored
            mailKinds = null;
        }
    }

    public List<String> getKindChoices() {
        return Arrays.stream(NotificationKind.values()).map(Enum::name).toList();
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public boolean isRemoveEmail() {
        return removeEmail;
    }

    public void setRemoveEmail(boolean removeEmail) {
        this.removeEmail = removeEmail;
    }

    public String getLanguage() {
        return language != null ? language : getPreferences().language();
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getMailKinds() {
        if (mailKinds == null) {
            mailKinds = new ArrayList<>(getPreferences().mailKinds().stream().sorted().map(Enum::name).toList());
        }
        return mailKinds;
    }

    public void setMailKinds(List<String> mailKinds) {
        this.mailKinds = mailKinds;
    }
}
