package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnerhub.application.account.LoginResult;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.Authentication;

/**
 * The login page. It hands the typed name and password to Jakarta Security ({@link SecurityContext#authenticate}),
 * whose mechanism ({@link Authentication}) signs the user in. A failure shows one message whatever the reason, and
 * keeps the typed name.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String typed = password;
        password = null;
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(
                        typed == null ? "" : typed)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            LoginResult.Success success = (LoginResult.Success) request.getAttribute(Authentication.LOGIN_RESULT);
            String target = success.passwordChangeDue() ? "/account/password" : safeNext();
            external.redirect(external.getRequestContextPath() + target);
            return;
        }
        if (request.getAttribute(Authentication.LOGIN_RESULT) instanceof LoginResult.Failure failure && failure.throttled()) {
            Forms.error("login.throttled");
        } else {
            Forms.error("login.failed");
        }
    }

    /** Only a path of this application: never a redirect to another site. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && !next.startsWith("/login") && !next.contains("\r") && !next.contains("\n")) {
            return next;
        }
        return "/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
