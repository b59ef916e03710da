package org.partnerhub.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.domain.notification.Notification;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.api.Problems;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/** The caller's in-app inbox. */
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public class NotificationResource {

    /** A notification, its text in the caller's language. */
    public record NotificationDto(Long id, String text, String link, OffsetDateTime createdAt, boolean read) {}

    @Inject
    NotificationService notifications;

    @Inject
    RequestActor actor;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listNotifications", summary = "My notifications, newest first")
    public ListResponse<NotificationDto> inbox(@QueryParam("page") String page, @QueryParam("size") String size) {
        Locale locale = Problems.locale(headers);
        return ListResponse.of(notifications.inbox(actor.get(), Params.page(page, size)), n -> of(n, locale));
    }

    @POST
    @Path("read")
    @Operation(operationId = "markNotificationsRead", summary = "Mark all my notifications read")
    @APIResponse(responseCode = "204", description = "All my notifications are marked read")
    public Response readAll() {
        notifications.markAllRead(actor.get());
        return Response.noContent().build();
    }

    static NotificationDto of(Notification n, Locale locale) {
        return new NotificationDto(n.getId(), Messages.format(locale, n.getMessageKey(), n.getMessageArgs().toArray()),
                n.getLink(), ApiTime.of(n.getCreatedAt()), n.isRead());
    }
}
