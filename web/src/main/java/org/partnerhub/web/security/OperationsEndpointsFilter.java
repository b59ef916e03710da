package org.partnerhub.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerhub.application.account.AuthenticationService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;

/**
 * The server's own endpoints, {@code /health} and {@code /metrics}, which Payara Micro serves inside this (root)
 * application: they take only GET and HEAD (anything else is a 405 problem, not the server's HTML page), and the
 * metrics — which describe the load, the pools and the code that runs — only for operators:
 * {@code Authorization: Bearer <PARTNERHUB_METRICS_TOKEN>} (for a scraper), the API token of a district administrator,
 * or a district administrator's signed-in session. Health stays open: load balancers and orchestrators ask it.
 */
@WebFilter(filterName = "operationsEndpoints", urlPatterns = {"/health", "/health/*", "/metrics", "/metrics/*"},
        asyncSupported = true)
public class OperationsEndpointsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** A configured metrics token shorter than this is ignored: it could be guessed. */
    static final int MIN_TOKEN_LENGTH = 24;

    @Inject
    AuthenticationService authentication;

    @Inject
    @ConfigProperty(name = "partnerhub.metrics.token")
    Optional<String> metricsToken;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            ProblemResponse.status(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, request.getRequestURI());
            return;
        }
        if (path.equals("/metrics") || path.startsWith("/metrics/")) {
            if (!operator(request)) {
                response.setHeader("Cache-Control", "no-store");
                ProblemResponse.unauthorized(request, response, "auth.metrics");
                return;
            }
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static boolean operations(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics")
                || path.startsWith("/metrics/");
    }

    private boolean operator(HttpServletRequest request) {
        Object signedIn = request.getAttribute(RequestActor.ATTRIBUTE);
        if (signedIn instanceof Actor actor && actor.is(Role.DISTRICT_ADMIN)) {
            return true;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = header.substring(7).strip();
        Optional<String> configured = metricsToken.map(String::strip).filter(t -> t.length() >= MIN_TOKEN_LENGTH);
        if (configured.isPresent() && MessageDigest.isEqual(configured.get().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        return token.startsWith("ph_") && authentication.authenticateToken(token, ClientAddress.of(request))
                .filter(a -> a.is(Role.DISTRICT_ADMIN))
                .isPresent();
    }
}
