package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.partnerhub.application.account.AuthenticationService;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.security.SessionUser;

/** Signing out: audited, the session ended on the server, then the home page. A POST, never a link. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    AuthenticationService authentication;

    @Inject
    RequestActor actor;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        authentication.logout(actor.get());
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(SessionUser.ATTRIBUTE);
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?signedOut=1");
    }
}
