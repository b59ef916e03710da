package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.account.AuthenticationService;
import org.partnerhub.application.account.IssuedToken;
import org.partnerhub.application.account.TokenService;
import org.partnerhub.application.account.TokenView;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/** API tokens: a system exchanges its account's credentials (HTTP Basic) for a bearer token. */
@Path("v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tokens")
public class TokenResource {

    /** A token as issued: the only answer that ever contains it. */
    public record IssuedTokenDto(Long id, String token, OffsetDateTime expiresAt) {}

    /** A token as listed. */
    public record TokenDto(Long id, String username, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime revokedAt, String revokedBy, boolean active) {

        static TokenDto of(TokenView t) {
            return new TokenDto(t.id(), t.username(), t.prefix(), ApiTime.of(t.createdAt()), ApiTime.of(t.expiresAt()),
                    ApiTime.of(t.revokedAt()), t.revokedBy(), t.active());
        }
    }

    @Inject
    AuthenticationService authentication;

    @Inject
    TokenService tokens;

    @Inject
    RequestActor actor;

    @POST
    @Operation(operationId = "issueToken", summary = "Get a bearer token", description = "Authenticate with HTTP Basic (the account's user name and "
            + "password). The token is shown once; only its hash is stored. It expires after the configured validity "
            + "(90 days by default) and ends when the account is disabled or its password or role changes.")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "201", description = "The token")
    @APIResponse(responseCode = "401", description = "No, or wrong, credentials (the answer never says which)")
    @APIResponse(responseCode = "403", description = "The account must change its password first")
    @APIResponse(responseCode = "429", description = "Too many failures from this address")
    @APIResponseSchema(value = IssuedTokenDto.class, responseCode = "201")
    public Response issue(@HeaderParam("Authorization") String authorization) {
        String[] credentials = BasicCredentials.parse(authorization);
        IssuedToken issued = authentication.issueToken(credentials[0], credentials[1], actor.get().clientAddress());
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(new IssuedTokenDto(issued.id(), issued.token(), ApiTime.of(issued.expiresAt())))
                .build();
    }

    @GET
    @Operation(operationId = "listTokens", summary = "List tokens", description = "District administrators see every token, everyone else their own.")
    @SecurityRequirement(name = "bearer")
    public ListResponse<TokenDto> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return ListResponse.of(tokens.list(actor.get(), Params.page(page, size)), TokenDto::of);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token", description = "One's own, or any as a district administrator.")
    @SecurityRequirement(name = "bearer")
    public TokenDto revoke(@PathParam("id") String id) {
        return TokenDto.of(tokens.revoke(actor.get(), Params.id(id)));
    }
}
