package org.partnerhub.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.partnerhub.application.shared.Idempotency;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.security.ClientAddress;
import org.partnerhub.web.security.RequestActor;

/**
 * {@code Idempotency-Key} on every POST of the API: the first request does the work and its answer is kept; a retry
 * with the same key and the same request body gets the same answer (marked {@code Idempotent-Replayed: true}) and
 * creates nothing new. Keys belong to the caller (the account, or the client address for the public).
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Idempotency-Key";
    private static final String RECORD = IdempotencyFilter.class.getName() + ".record";
    private static final int MAX_BODY = 12 * 1024 * 1024;

    @Inject
    Idempotency idempotency;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return;
        }
        try {
            if (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
                throw InvalidInputException.of(HEADER, "idempotency.key");
            }
            byte[] body = request.hasEntity() ? request.getEntityStream().readNBytes(MAX_BODY) : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            String hash = sha256(request.getMethod() + " " + uri.getRequestUri().getRawPath() + "?"
                    + uri.getRequestUri().getRawQuery() + "\n" + request.getHeaderString(HttpHeaders.CONTENT_TYPE) + "\n",
                    body);
            Idempotency.Decision decision = idempotency.begin(scope(), key, hash);
            if (decision instanceof Idempotency.Decision.Replay replay) {
                Response.ResponseBuilder answer = Response.status(replay.status()).header("Idempotent-Replayed", "true");
                if (replay.contentType() != null) {
                    answer.header(HttpHeaders.CONTENT_TYPE, replay.contentType());
                }
                if (replay.location() != null) {
                    answer.header(HttpHeaders.LOCATION, replay.location());
                }
                if (replay.body() != null && !replay.body().isEmpty()) {
                    answer.entity(replay.body());
                }
                request.abortWith(answer.build());
            } else {
                request.setProperty(RECORD, ((Idempotency.Decision.Proceed) decision).recordId());
            }
        } catch (BusinessException e) {
            request.abortWith(Problems.of(e, headers, uri));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object record = request.getProperty(RECORD);
        if (!(record instanceof Long id)) {
            return;
        }
        if (response.getStatus() >= 500) {
            idempotency.abandon(id);
            return;
        }
        String body = null;
        Object entity = response.getEntity();
        if (entity instanceof Record value) {
            StringWriter out = new StringWriter();
            try (JsonGenerator generator = JsonCodec.generator(out)) {
                JsonCodec.write(value, generator);
            }
            body = out.toString();
        } else if (entity instanceof String text) {
            body = text;
        }
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        idempotency.complete(id, response.getStatus(), type, location, body);
    }

    private String scope() {
        Object actor = servletRequest.getAttribute(RequestActor.ATTRIBUTE);
        if (actor instanceof Actor a && a.isAuthenticated()) {
            return "user:" + a.userId();
        }
        return "public:" + ClientAddress.of(servletRequest);
    }

    private static String sha256(String head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
