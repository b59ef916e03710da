package org.partnerhub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerhub.application.account.AuthenticationService;
import org.partnerhub.application.account.LoginResult;
import org.partnerhub.application.account.SecuritySettings;
import org.partnerhub.application.account.SessionState;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;

/**
 * The one Jakarta Security authentication mechanism of the application, for people and systems alike:
 *
 * <ul>
 *   <li>API requests ({@code /api/…}) authenticate by bearer token only; a session cookie is never looked at there, so
 *       no page session can be used to change anything through the API. HTTP Basic is read by the token endpoint
 *       itself.</li>
 *   <li>The login page hands the typed name and password to {@code SecurityContext.authenticate}; on success the
 *       session gets a new id, the idle limit and a {@link SessionUser}.</li>
 *   <li>Every other request with a session is re-checked against the account (enabled, not ended, younger than the
 *       absolute limit), and pages are checked against {@link PageAccess}: the public is sent to the login page, a
 *       user without the role gets 403, a user whose password must change is sent to change it.</li>
 * </ul>
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_RESULT = "partnerhub.loginResult";
    static final String PASSWORD_PAGE = "/account/password";

    @Inject
    AuthenticationService authentication;

    @Inject
    SecuritySettings settings;

    @Inject
    ServletContext servletContext;

    @Inject
    AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String client = ClientAddress.of(request);
        request.setAttribute(RequestActor.ATTRIBUTE, Actor.anonymous(client));
        if (path.startsWith("/jakarta.faces.resource/") || serverEndpoint(path)) {
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return api(request, context, client);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            return login(request, context, typed, client);
        }
        Optional<SessionState> session = resume(request, client);
        Actor actor = session.map(SessionState::actor).orElse(Actor.anonymous(client));
        request.setAttribute(RequestActor.ATTRIBUTE, actor);
        try {
            switch (PageAccess.check(path, actor.role(), this::viewExists)) {
                case SIGN_IN_FIRST -> {
                    SecurityHeadersFilter.apply(request, response);
                    PublicLinksFilter.redirect(request, response, request.getContextPath() + "/login?next=" + next(request, path));
                    return AuthenticationStatus.SEND_CONTINUE;
                }
                case FORBIDDEN -> {
                    audit.record(actor, AuditAction.ACCESS_DENIED, "page", path, AuditOutcome.DENIED, null);
                    SecurityHeadersFilter.apply(request, response);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return AuthenticationStatus.SEND_FAILURE;
                }
                default -> {
                    // public pages and allowed ones
                }
            }
            if (session.isPresent() && session.get().passwordChangeDue() && !path.startsWith(PASSWORD_PAGE)
                    && !path.startsWith("/logout") && PageAccess.pageOf(path) != null) {
                SecurityHeadersFilter.apply(request, response);
                PublicLinksFilter.redirect(request, response, request.getContextPath() + PASSWORD_PAGE);
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return session.isPresent() ? notify(context, actor) : context.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context, String client) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.doNothing();
        }
        Optional<Actor> actor = authentication.authenticateToken(header.substring(7).strip(), client);
        if (actor.isEmpty()) {
            // an unknown, expired or revoked token is refused outright, even where no token is needed
            SecurityHeadersFilter.apply(request, context.getResponse());
            ProblemResponse.unauthorized(request, context.getResponse(), "auth.tokenInvalid");
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(RequestActor.ATTRIBUTE, actor.get());
        return notify(context, actor.get());
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential typed, String client) {
        LoginResult result = authentication.login(typed.getCaller(), typed.getPasswordAsString(), client);
        request.setAttribute(LOGIN_RESULT, result);
        if (result instanceof LoginResult.Success success) {
            HttpSession session = request.getSession(true);
            // a new session id at sign-in: an id planted before it is worth nothing after
            request.changeSessionId();
            session.setAttribute(SessionUser.ATTRIBUTE,
                    new SessionUser(success.actor().userId(), success.sessionEpoch(), success.signedInAt()));
            session.setMaxInactiveInterval((int) settings.sessionIdleTimeout().toSeconds());
            request.setAttribute(RequestActor.ATTRIBUTE, success.actor());
            return notify(context, success.actor());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private Optional<SessionState> resume(HttpServletRequest request, String client) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user)) {
            return Optional.empty();
        }
        Optional<SessionState> state =
                authentication.resume(user.userId(), user.sessionEpoch(), user.signedInAt(), client);
        if (state.isEmpty()) {
            // disabled, ended elsewhere, or past the absolute limit: this session is over on the server
            session.removeAttribute(SessionUser.ATTRIBUTE);
            session.invalidate();
        }
        return state;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionUser.ATTRIBUTE);
            session.invalidate();
        }
    }

    private static AuthenticationStatus notify(HttpMessageContext context, Actor actor) {
        return context.notifyContainerAboutLogin(actor.username(), Set.of(actor.role().name()));
    }

    /**
     * The server's own public endpoints in this context ({@code /health}, {@code /metrics}, {@code /openapi}): no
     * page, no API, nobody to recognise, so no session to resume and no view to look up.
     */
    static boolean serverEndpoint(String path) {
        return path.startsWith("/health") || path.startsWith("/metrics") || path.startsWith("/openapi");
    }

    /** Views that exist, and paths that are none, as found once: the WAR's files do not change while it is deployed. */
    private final Map<String, Boolean> views = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED_VIEWS = 2_000;

    private boolean viewExists(String resource) {
        Boolean known = views.get(resource);
        if (known != null) {
            return known;
        }
        boolean exists;
        try {
            exists = servletContext.getResource(resource) != null;
        } catch (MalformedURLException e) {
            exists = false;
        }
        // any address can be asked for: remember a bounded number, so that made-up ones cannot fill the heap
        if (views.size() < MAX_REMEMBERED_VIEWS) {
            views.put(resource, exists);
        }
        return exists;
    }

    /** Where to come back to after signing in: this page, with its query. */
    private static String next(HttpServletRequest request, String path) {
        String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
