package org.partnerhub.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.partnerhub.application.shared.AnonymousWrites;
import org.partnerhub.domain.shared.TooManyRequestsException;
import org.partnerhub.web.security.RequestActor;

/**
 * Counts each anonymous call of an {@link AnonymousWrite} operation — malformed ones too, before the body is read or
 * kept for idempotency — and answers 429 problem+json with {@code Retry-After} once the caller's address or the whole
 * public has used its writes up.
 */
@Provider
@AnonymousWrite
@Priority(Priorities.USER - 100)
public class AnonymousWriteFilter implements ContainerRequestFilter {

    @Inject
    AnonymousWrites limits;

    @Inject
    RequestActor actor;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return; // a signed-in caller: not anonymous (a bad token is refused by the authentication anyway)
        }
        try {
            limits.acquire(actor.get().clientAddress());
        } catch (TooManyRequestsException e) {
            request.abortWith(Problems.of(e, headers, uri));
        }
    }
}
