package org.partnerhub.web.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.events.DeliveryView;
import org.partnerhub.application.webhook.AttemptView;
import org.partnerhub.application.webhook.CreatedWebhook;
import org.partnerhub.application.webhook.DeliveryLogEntry;
import org.partnerhub.application.webhook.WebhookService;
import org.partnerhub.application.webhook.WebhookView;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/**
 * Webhook subscriptions (district administrators and integrators): the events one may see, pushed to a URL and signed
 * per the Standard Webhooks specification (docs/EVENTS.md, section "Webhooks").
 */
@Path("v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "webhooks")
@SecurityRequirement(name = "bearer")
public class WebhookResource {

    /** A new subscription: the URL and the event types wanted (none or empty: all that the caller may see). */
    public record NewWebhookRequest(String url, List<String> eventTypes) {}

    /** An endpoint; its secret is never shown again after its creation. */
    public record WebhookDto(Long id, String url, List<String> eventTypes, String status, Long ownerId,
            OffsetDateTime createdAt, OffsetDateTime lastSuccessAt, OffsetDateTime failingSince,
            OffsetDateTime disabledAt) {

        static WebhookDto of(WebhookView w) {
            return new WebhookDto(w.id(), w.url(), w.eventTypes(), w.status(), w.ownerId(), ApiTime.of(w.createdAt()),
                    ApiTime.of(w.lastSuccessAt()), ApiTime.of(w.failingSince()), ApiTime.of(w.disabledAt()));
        }
    }

    /** A created endpoint and its signing secret ({@code whsec_…}), shown this once. */
    public record CreatedWebhookDto(WebhookDto webhook, String secret) {}

    /** One HTTP attempt: when, the status answered (null: none), how long, the start of the answer or error. */
    public record AttemptDto(OffsetDateTime at, Integer httpStatus, long durationMs, boolean succeeded,
            String responseExcerpt, String error) {

        static AttemptDto of(AttemptView a) {
            return new AttemptDto(ApiTime.of(a.at()), a.httpStatus(), a.durationMs(), a.succeeded(),
                    a.responseExcerpt(), a.error());
        }
    }

    /**
     * One delivery of an event: its status (PENDING, DELIVERED, RETRYING, DEAD, CANCELLED), the tries, when the next
     * is due, and the HTTP attempts, newest first.
     */
    public record DeliveryDto(long id, long sequence, String eventId, String type, String status, int attempts,
            OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt, String lastError, List<AttemptDto> log) {

        static DeliveryDto of(DeliveryLogEntry e) {
            DeliveryView d = e.delivery();
            return new DeliveryDto(d.id(), d.sequence(), d.eventId(), d.type(), d.status(), d.attempts(),
                    ApiTime.of(d.lastAttemptAt()), ApiTime.of(d.nextAttemptAt()), d.lastError(),
                    e.attempts().stream().map(AttemptDto::of).toList());
        }
    }

    @Inject
    WebhookService webhooks;

    @Inject
    RequestActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to events",
            description = "The URL must be http(s) and resolve to public addresses only (unless the operator allows "
                    + "private ones). The answer carries the signing secret, shown this once.")
    @APIResponse(responseCode = "201", description = "The endpoint and its secret")
    @APIResponse(responseCode = "400", description = "An invalid or refused URL, or an unknown event type (eventTypes[i])")
    public Response create(NewWebhookRequest body, @Context UriInfo uri) {
        NewWebhookRequest request = body == null ? new NewWebhookRequest(null, null) : body;
        CreatedWebhook created = webhooks.create(actor.get(), request.url(), request.eventTypes());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.webhook().id())).build())
                .header("Cache-Control", "no-store")
                .entity(new CreatedWebhookDto(WebhookDto.of(created.webhook()), created.secret()))
                .build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "My webhook endpoints (a district administrator: all)")
    public ListResponse<WebhookDto> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return ListResponse.of(webhooks.list(actor.get(), Params.page(page, size)), WebhookDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook endpoint")
    public WebhookDto get(@PathParam("id") String id) {
        return WebhookDto.of(webhooks.get(actor.get(), Params.id(id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint; what waits for it is cancelled")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(actor.get(), Params.id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of an endpoint, newest first")
    public ListResponse<DeliveryDto> deliveries(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ListResponse.of(webhooks.deliveries(actor.get(), Params.id(id), Params.page(page, size)),
                DeliveryDto::of);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Deliver one event again (same webhook-id)")
    @APIResponse(responseCode = "202", description = "Queued for delivery")
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        webhooks.redeliver(actor.get(), Params.id(id), Params.id(deliveryId));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableWebhook", summary = "Enable an endpoint that was disabled after failing")
    @APIResponse(responseCode = "409", description = "It is enabled already")
    public WebhookDto enable(@PathParam("id") String id) {
        return WebhookDto.of(webhooks.enable(actor.get(), Params.id(id)));
    }
}
