package org.partnerhub.web.security;

import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.web.api.Problem;
import org.partnerhub.web.api.JsonCodec;
import org.partnerhub.web.shared.Languages;

/** A problem+json answer written before JAX-RS is reached (by the authentication mechanism, filters, error pages). */
final class ProblemResponse {

    private ProblemResponse() {}

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String key) {
        Locale locale = locale(request);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"partnerhub\", error=\"invalid_token\"");
        write(request, response, new Problem("urn:partnerhub:problem:unauthorized",
                Messages.format(locale, "problem.unauthorized"), 401, Messages.format(locale, key),
                request.getRequestURI(), null, null));
    }

    /**
     * An answer of {@code status} for a request that never reached JAX-RS: a method the server's own endpoints do not
     * take, a request the container refused. The detail is {@code problem.http.<status>.detail} if there is one.
     */
    static void status(HttpServletRequest request, HttpServletResponse response, int status, String uri) {
        Locale locale = locale(request);
        String title = Messages.format(locale, "problem.http." + status);
        if (title.startsWith("problem.http.")) {
            title = Messages.format(locale, "problem.http.400");
        }
        String detail = Messages.format(locale, "problem.http." + status + ".detail");
        write(request, response, new Problem("about:blank", title, status, detail.startsWith("problem.") ? null : detail,
                uri, null, null));
    }

    static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Languages.CHINESE;
        }
        return Languages.pick(Collections.list(request.getLocales()));
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Problem problem) {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        try (JsonGenerator out = JsonCodec.generator(response.getOutputStream())) {
            JsonCodec.write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
