package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.domain.account.PasswordPolicy;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.security.SessionUser;

/** Changing one's own password (also where a user whose password expired is sent). */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    AccountService accounts;

    @Inject
    RequestActor actor;

    private String current;
    private String next;
    private String confirmation;

    public void change() throws IOException {
        if (!Objects.equals(next, confirmation)) {
            current = null;
            Forms.report(InvalidInputException.of("confirmation", "password.mismatch"), "password");
            return;
        }
        int epoch;
        try {
            epoch = accounts.changeOwnPassword(actor.get(), current, next);
        } catch (BusinessException e) {
            Forms.report(e, "password");
            return;
        } finally {
            current = null;
            next = null;
            confirmation = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession();
        SessionUser user = (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
        // the change ended every session of the account; this one carries on, under a new id
        request.changeSessionId();
        session.setAttribute(SessionUser.ATTRIBUTE, new SessionUser(user.userId(), epoch, user.signedInAt()));
        Forms.flash("password.changed");
        external.redirect(external.getRequestContextPath() + "/account");
    }

    public PasswordPolicy getPolicy() {
        return accounts.passwordPolicy();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
