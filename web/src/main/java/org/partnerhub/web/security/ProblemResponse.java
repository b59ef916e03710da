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

/** A problem+json answer written before JAX-RS is reached (by the authentication mechanism). */
final class ProblemResponse {

    private ProblemResponse() {}

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String key) {
        Locale locale = Languages.pick(Collections.list(request.getLocales()));
        if (request.getHeader("Accept-Language") == null) {
            locale = Languages.CHINESE;
        }
        Problem problem = new Problem("urn:partnerhub:problem:unauthorized", Messages.format(locale, "problem.unauthorized"),
                401, Messages.format(locale, key), request.getRequestURI(), null, null);
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"partnerhub\", error=\"invalid_token\"");
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        try (JsonGenerator out = JsonCodec.generator(response.getOutputStream())) {
            JsonCodec.write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
