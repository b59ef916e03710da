package org.partnerhub.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.TooManyRequestsException;
import org.partnerhub.domain.shared.VersionRequiredException;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.web.shared.Languages;

/**
 * Builds every problem+json answer of the API, so that each kind of failure has one status, one type and one title
 * everywhere. Titles and details are in the caller's language (Accept-Language: Chinese unless English is asked).
 */
public final class Problems {

    static final String TYPE_PREFIX = "urn:partnerhub:problem:";

    private Problems() {}

    public static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Languages.CHINESE;
        }
        try {
            return Languages.pick(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            // an Accept-Language the runtime cannot parse ("zz;q=abc"): the caller still gets its answer, in Chinese
            return Languages.CHINESE;
        }
    }

    public static Response of(BusinessException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Kind kind = Kind.of(e);
        List<Problem.FieldProblem> errors = null;
        if (e instanceof InvalidInputException invalid) {
            errors = invalid.errors().stream()
                    .map(f -> new Problem.FieldProblem(f.field(), f.line(), f.message().render(locale)))
                    .toList();
        }
        Response response = build(kind.status, TYPE_PREFIX + kind.slug, Messages.format(locale, "problem." + kind.slug),
                e.localizedMessage(locale), uri, errors, null);
        if (kind == Kind.UNAUTHORIZED) {
            String scheme = e.message().key().equals("auth.basicRequired") || e.message().key().equals("auth.invalid")
                    ? "Basic" : "Bearer";
            return Response.fromResponse(response).header("WWW-Authenticate", scheme + " realm=\"partnerhub\"").build();
        }
        if (kind == Kind.TOO_MANY_REQUESTS) {
            long wait = ((TooManyRequestsException) e).retryAfterSeconds();
            return Response.fromResponse(response).header("Retry-After", wait > 0 ? String.valueOf(wait) : "900")
                    .build();
        }
        return response;
    }

    public static Response of(int status, String detail, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String title = Messages.format(locale, "problem.http." + status);
        if (title.startsWith("problem.http.")) {
            Response.Status known = Response.Status.fromStatusCode(status);
            title = known == null ? String.valueOf(status) : known.getReasonPhrase();
        }
        return build(status, "about:blank", title, detail, uri, null, null);
    }

    public static Response serverError(String incident, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return build(500, TYPE_PREFIX + "internal", Messages.format(locale, "problem.internal"),
                Messages.format(locale, "problem.internal.detail", incident), uri, null, incident);
    }

    private static Response build(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldProblem> errors, String incident) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(new Problem(type, title, status, detail, instance, errors, incident))
                .build();
    }

    /** The kinds of business failure and how each is answered. */
    enum Kind {
        INVALID_INPUT(400, "invalid-input"),
        UNAUTHORIZED(401, "unauthorized"),
        FORBIDDEN(403, "forbidden"),
        NOT_FOUND(404, "not-found"),
        CONFLICT(409, "conflict"),
        PRECONDITION_FAILED(412, "precondition-failed"),
        PRECONDITION_REQUIRED(428, "precondition-required"),
        RULE_VIOLATION(422, "rule-violation"),
        TOO_MANY_REQUESTS(429, "too-many-requests");

        final int status;
        final String slug;

        Kind(int status, String slug) {
            this.status = status;
            this.slug = slug;
        }

        static Kind of(BusinessException e) {
            if (e instanceof InvalidInputException || e instanceof InvalidValueException) {
                return INVALID_INPUT;
            }
            if (e instanceof NotAuthenticatedException) {
                return UNAUTHORIZED;
            }
            if (e instanceof ForbiddenException) {
                return FORBIDDEN;
            }
            if (e instanceof TooManyRequestsException) {
                return TOO_MANY_REQUESTS;
            }
            if (e instanceof NotFoundException) {
                return NOT_FOUND;
            }
            if (e instanceof StaleEditException) {
                return PRECONDITION_FAILED;
            }
            if (e instanceof VersionRequiredException) {
                return PRECONDITION_REQUIRED;
            }
            if (e instanceof ConflictException) {
                return CONFLICT;
            }
            if (e instanceof RuleViolationException) {
                return RULE_VIOLATION;
            }
            throw new IllegalArgumentException("no HTTP answer for " + e.getClass().getName());
        }
    }
}
