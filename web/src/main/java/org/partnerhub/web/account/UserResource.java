package org.partnerhub.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.application.account.CreatedUser;
import org.partnerhub.application.account.NewUser;
import org.partnerhub.application.account.UserChange;
import org.partnerhub.application.account.UserView;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.account.UserQuery;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.api.ETags;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;
import org.partnerhub.web.shared.PublicUrl;

/** Accounts, managed by district administrators. */
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "users")
@SecurityRequirement(name = "bearer")
public class UserResource {

    /** A new account. {@code regionCode} for staff, auditors and integrators; {@code partnerId} for partner users. */
    public record NewUserRequest(String username, String displayName, Role role, String regionCode, Long partnerId,
            String phone) {}

    /** A change to an account; {@code enabled: false} disables it and ends its sessions and tokens. */
    public record UserChangeRequest(String displayName, Role role, String regionCode, Long partnerId, String phone,
            Boolean enabled) {}

    /** An account. {@code phone} is masked in lists and in full on a single account (reading it is audited). */
    public record UserDto(Long id, String username, String displayName, Role role, String regionCode, Long partnerId,
            String phone, boolean enabled, boolean locked, boolean mustChangePassword, OffsetDateTime lastLoginAt,
            OffsetDateTime createdAt) {

        static UserDto of(UserView u) {
            return new UserDto(u.id(), u.username(), u.displayName(), u.role(), u.regionCode(), u.partnerId(), u.phone(),
                    u.enabled(), u.locked(), u.mustChangePassword(), ApiTime.of(u.lastLoginAt()),
                    ApiTime.of(u.createdAt()));
        }
    }

    /** A created account and its temporary password (shown once; it must be changed at the first sign-in). */
    public record CreatedUserDto(UserDto user, String temporaryPassword) {}

    @Inject
    AccountService accounts;

    @Inject
    RequestActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (district administrators)")
    @APIResponse(responseCode = "201", description = "The account and its temporary password")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    public Response create(NewUserRequest body, @Context UriInfo uri) {
        NewUserRequest request = body == null ? new NewUserRequest(null, null, null, null, null, null) : body;
        CreatedUser created = accounts.create(actor.get(), new NewUser(request.username(), request.displayName(),
                request.role(), request.regionCode(), request.partnerId(), request.phone()));
        return Response.created(PublicUrl.uri(uri.getAbsolutePath().getRawPath() + "/" + created.user().id()))
                .header("Cache-Control", "no-store")
                .entity(new CreatedUserDto(UserDto.of(created.user()), created.temporaryPassword()))
                .build();
    }

    /** A new password for one's own account. */
    public record PasswordChangeRequest(String newPassword) {}

    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password", description = "Authenticate with HTTP Basic (the current password); "
            + "the new one must follow the password rules. Needed before a new account, or one whose password expired, "
            + "can get a token. All sessions and tokens of the account end.")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The new password breaks a rule (each named)")
    public Response changeOwnPassword(@HeaderParam("Authorization") String authorization, PasswordChangeRequest body) {
        String[] credentials = BasicCredentials.parse(authorization);
        accounts.changeOwnPasswordWithCredentials(credentials[0], credentials[1],
                body == null ? null : body.newPassword(), actor.get().clientAddress());
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "List accounts (district administrators); phone numbers masked")
    public ListResponse<UserDto> list(@QueryParam("role") String role, @QueryParam("q") String q,
            @QueryParam("enabled") String enabled, @QueryParam("page") String page, @QueryParam("size") String size) {
        Role wanted = null;
        if (Params.text(role) != null) {
            wanted = Enums.find(Role.class, role);
            if (wanted == null) {
                throw InvalidInputException.of("role", "param.enum", role, Enums.names(Role.class));
            }
        }
        UserQuery query = new UserQuery(wanted, Params.text(q), Params.bool("enabled", enabled), null);
        return ListResponse.of(accounts.list(actor.get(), query, Params.page(page, size)), UserDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account, with its full phone number (the reading is audited)")
    public Response get(@PathParam("id") String id) {
        UserView user = accounts.get(actor.get(), Params.id(id));
        return Response.ok(UserDto.of(user)).tag(etag(user)).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account", description = "Send If-Match with the ETag of the account as read; a stale "
            + "one is refused with 412 so that no change is overwritten unseen.")
    @APIResponse(responseCode = "412", description = "The account changed since it was read")
    public Response change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, UserChangeRequest body) {
        Long userId = Params.id(id);
        UserChangeRequest request = body == null ? new UserChangeRequest(null, null, null, null, null, null) : body;
        long version = ifMatch == null ? accounts.version(actor.get(), userId) : Params.version(ifMatch);
        UserView changed = accounts.change(actor.get(), userId, version, new UserChange(request.displayName(),
                request.role(), request.regionCode(), request.partnerId(), request.phone()));
        if (request.enabled() != null) {
            changed = accounts.setEnabled(actor.get(), userId, request.enabled());
        }
        return Response.ok(UserDto.of(changed)).tag(etag(changed)).build();
    }

    private static EntityTag etag(UserView user) {
        return ETags.of(user.version());
    }

}
