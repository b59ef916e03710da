package org.partnerhub.web.need;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.need.PainPointForm;
import org.partnerhub.application.need.PainPointService;
import org.partnerhub.application.need.PainPointView;
import org.partnerhub.domain.need.PainPointAction;
import org.partnerhub.domain.need.PainPointStatus;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.api.ETags;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.need.NeedDtos.HistoryDto;
import org.partnerhub.web.need.NeedDtos.PainPointDto;
import org.partnerhub.web.need.NeedDtos.PainPointRequest;
import org.partnerhub.web.need.NeedDtos.TransitionRequest;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.PublicUrl;

/** The streets' governance pain points (治理痛点清单). */
@Path("v1/pain-points")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "needs")
public class PainPointResource {

    @Inject
    PainPointService points;

    @Inject
    RequestActor actor;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listPainPoints", summary = "Pain points", description = "Published and resolved ones for everyone; drafts and closed "
            + "ones for their street. Filters: region, category, status, q, updatedSince.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ListResponse<PainPointDto> list(@QueryParam("region") String region, @QueryParam("category") String category,
            @QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ListResponse.of(points.list(actor.get(), Params.text(region), Params.text(category),
                Params.enumeration(PainPointStatus.class, "status", status), Params.text(q),
                Params.instant("updatedSince", updatedSince), Params.page(page, size)), PainPointDto::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPainPoint", summary = "Publish a pain point (street staff, for their street)", description = "\"publish\": true "
            + "publishes at once; otherwise it is a draft.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it")
    @APIResponseSchema(value = PainPointDto.class, responseCode = "201")
    public Response create(PainPointRequest body) {
        PainPointRequest r = body == null ? new PainPointRequest(null, null, null, null, null) : body;
        PainPointView view = points.create(actor.get(), new PainPointForm(r.streetCode(), r.categoryCode(), r.title(),
                r.description(), Boolean.TRUE.equals(r.publish())));
        return Response.created(PublicUrl.uri(uri.getBaseUri().getRawPath() + "v1/pain-points/" + view.id()))
                .tag(ETags.of(view.version())).entity(PainPointDto.of(view)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPainPoint", summary = "One pain point")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponseSchema(PainPointDto.class)
    public Response get(@PathParam("id") String id) {
        PainPointView view = points.get(actor.get(), Params.id(id));
        return ETags.ok(PainPointDto.of(view), view.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePainPoint", summary = "Edit a pain point (its street)", description = "If-Match with the ETag is required (428 "
            + "without it); a stale one is 412. Every changed field goes into the history.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "412", description = "The pain point changed since it was read")
    @APIResponseSchema(PainPointDto.class)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, PainPointRequest body) {
        Long pointId = Params.id(id);
        PainPointRequest r = body == null ? new PainPointRequest(null, null, null, null, null) : body;
        Long version = ifMatch == null ? null : Params.version(ifMatch);
        PainPointView view = points.edit(actor.get(), pointId, version,
                new PainPointForm(r.streetCode(), r.categoryCode(), r.title(), r.description(), false));
        return ETags.ok(PainPointDto.of(view), view.version());
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getPainPointHistory", summary = "Every change of a pain point, newest first (its street, the district, auditors)")
    @SecurityRequirement(name = "bearer")
    public ListResponse<HistoryDto> history(@PathParam("id") String id) {
        return ListResponse.complete(points.history(actor.get(), Params.id(id)).stream().map(HistoryDto::of).toList());
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "movePainPoint", summary = "Move a pain point", description = "PUBLISH, RESOLVE, CLOSE, REOPEN (all but PUBLISH with a "
            + "reason). A move the status does not allow is 409.")
    @SecurityRequirement(name = "bearer")
    @APIResponseSchema(PainPointDto.class)
    public Response transition(@PathParam("id") String id, TransitionRequest body) {
        TransitionRequest request = body == null ? new TransitionRequest(null, null) : body;
        PainPointAction action = Enums.find(PainPointAction.class, request.action());
        if (request.action() != null && action == null) {
            throw InvalidInputException.of("action", "param.enum", request.action(),
                    Enums.names(PainPointAction.class));
        }
        PainPointView view = points.transition(actor.get(), Params.id(id), action, request.reason());
        return ETags.ok(PainPointDto.of(view), view.version());
    }
}
