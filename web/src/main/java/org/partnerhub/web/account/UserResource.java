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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.account.MailPreferences;
import org.partnerhub.domain.notification.NotificationKind;
import org.partnerhub.domain.shared.FieldError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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

    /**
     * A new account. {@code regionCode} for staff, auditors and integrators; {@code partnerId} for partner users.
     * Optional: {@code email}, {@code language} of e-mails ({@code zh-CN} default, or {@code en}), {@code mailKinds}
     * (the kinds of notification also sent by e-mail; all if absent).
     */
    public record NewUserRequest(String username, String displayName, Role role, String regionCode, Long partnerId,
            String phone, String email, String language, List<String> mailKinds) {}

    /**
     * A change to an account; {@code enabled: false} disables it and ends its sessions and tokens. {@code email},
     * {@code language} and {@code mailKinds} change only when sent ({@code email: ""} removes the address).
     */
    public record UserChangeRequest(String displayName, Role role, String regionCode, Long partnerId, String phone,
            Boolean enabled, String email, String language, List<String> mailKinds) {}

    /**
     * An account. {@code phone} and {@code email} are masked in lists and in full on a single account (reading them
     * is audited).
     */
    public record UserDto(Long id, String username, String displayName, Role role, String regionCode, Long partnerId,
            String phone, boolean enabled, boolean locked, boolean mustChangePassword, OffsetDateTime lastLoginAt,
            OffsetDateTime createdAt, String email, String language, List<String> mailKinds) {

        static UserDto of(UserView u) {
            return new UserDto(u.id(), u.username(), u.displayName(), u.role(), u.regionCode(), u.partnerId(), u.phone(),
                    u.enabled(), u.locked(), u.mustChangePassword(), ApiTime.of(u.lastLoginAt()),
                    ApiTime.of(u.createdAt()), u.email(), u.language(), kindNames(u.mailKinds()));
        }
    }

    /** One's own e-mail settings: the address (masked; null if none), the language, the kinds wanted by e-mail. */
    public record MailSettingsDto(String email, String language, List<String> mailKinds) {

        static MailSettingsDto of(MailPreferences p) {
            return new MailSettingsDto(p.email(), p.language(), kindNames(p.mailKinds()));
        }
    }

    /** A change of one's own e-mail settings; what is absent stays ({@code email: ""} removes the address). */
    public record MailSettingsRequest(String email, String language, List<String> mailKinds) {}

    static List<String> kindNames(Set<NotificationKind> kinds) {
        return kinds == null ? List.of() : kinds.stream().sorted().map(Enum::name).toList();
    }

    /** The kinds named, or null when none were sent; an unknown name is refused naming {@code mailKinds[i]}. */
    static Set<NotificationKind> kinds(List<String> names) {
        if (names == null) {
            return null;
        }
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            NotificationKind kind = names.get(i) == null ? null : Enums.find(NotificationKind.class, names.get(i));
            if (kind == null) {
                errors.add(FieldError.of("mailKinds[" + i + "]", "param.enum", String.valueOf(names.get(i)),
                        Enums.names(NotificationKind.class)));
            } else {
                kinds.add(kind);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return kinds;
    }

    /** A created account and its temporary password (shown once; it must be changed at the first sign-in). */
    public record CreatedUserDto(UserDto user, String temporaryPassword) {}

    @Inject
    AccountService accounts;

    @Inject
    RequestActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create an account (district administrators)")
    @APIResponse(responseCode = "201", description = "The account and its temporary password")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponseSchema(value = CreatedUserDto.class, responseCode = "201")
    public Response create(NewUserRequest body, @Context UriInfo uri) {
        NewUserRequest request = body == null
                ? new NewUserRequest(null, null, null, null, null, null, null, null, null) : body;
        CreatedUser created = accounts.create(actor.get(), new NewUser(request.username(), request.displayName(),
                request.role(), request.regionCode(), request.partnerId(), request.phone(), request.email(),
                request.language(), kinds(request.mailKinds())));
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
    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password", description = "Authenticate with HTTP Basic (the current password); "
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
    @Path("me/mail-settings")
    @Operation(operationId = "getMyMailSettings", summary = "My e-mail notification settings (the address masked)")
    public MailSettingsDto mailSettings() {
        return MailSettingsDto.of(accounts.ownPreferences(actor.get()));
    }

    @PUT
    @Path("me/mail-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyMailSettings", summary = "Change my e-mail address, language and the kinds of "
            + "notification I get by e-mail")
    @APIResponse(responseCode = "400", description = "An invalid address, language or kind, each named")
    public MailSettingsDto changeMailSettings(MailSettingsRequest body) {
        MailSettingsRequest request = body == null ? new MailSettingsRequest(null, null, null) : body;
        return MailSettingsDto.of(accounts.changeOwnPreferences(actor.get(), request.email(), request.language(),
                kinds(request.mailKinds())));
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List accounts (district administrators); phone numbers masked")
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
    @Operation(operationId = "getUser", summary = "One account, with its full phone number (the reading is audited)")
    @APIResponseSchema(UserDto.class)
    public Response get(@PathParam("id") String id) {
        UserView user = accounts.get(actor.get(), Params.id(id));
        return Response.ok(UserDto.of(user)).tag(etag(user)).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateUser", summary = "Change an account", description = "Send If-Match with the ETag of the account as read; a stale "
            + "one is refused with 412 so that no change is overwritten unseen.")
    @APIResponse(responseCode = "412", description = "The account changed since it was read")
    @APIResponseSchema(UserDto.class)
    public Response change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, UserChangeRequest body) {
        Long userId = Params.id(id);
        UserChangeRequest request = body == null
                ? new UserChangeRequest(null, null, null, null, null, null, null, null, null) : body;
        long version = ifMatch == null ? accounts.version(actor.get(), userId) : Params.version(ifMatch);
        UserView changed = accounts.change(actor.get(), userId, version, new UserChange(request.displayName(),
                request.role(), request.regionCode(), request.partnerId(), request.phone(), request.email(),
                request.language(), kinds(request.mailKinds())));
        if (request.enabled() != null) {
            changed = accounts.setEnabled(actor.get(), userId, request.enabled());
        }
        return Response.ok(UserDto.of(changed)).tag(etag(changed)).build();
    }

    private static EntityTag etag(UserView user) {
        return ETags.of(user.version());
    }

}
