package org.partnerhub.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;

/**
 * The actor of the current request, as the authentication mechanism established it (anonymous when nobody signed
 * in). Resources and backing beans pass it to the services, which decide what it may do. Pages read it as
 * {@code #{me}}.
 */
@Named("me")
@RequestScoped
public class RequestActor {

    public static final String ATTRIBUTE = "partnerhub.actor";

    @Inject
    HttpServletRequest request;

    public Actor get() {
        Object actor = request.getAttribute(ATTRIBUTE);
        return actor instanceof Actor a ? a : Actor.anonymous(ClientAddress.of(request));
    }

    public boolean isSignedIn() {
        return get().isAuthenticated();
    }

    public boolean has(String role) {
        Role wanted = Role.valueOf(role);
        return get().is(wanted);
    }

    public String getDisplayName() {
        return get().displayName();
    }

    public String getUsername() {
        return get().username();
    }

    public Role getRole() {
        return get().role();
    }
}
