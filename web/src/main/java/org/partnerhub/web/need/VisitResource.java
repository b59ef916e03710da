package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.need.VisitForm;
import org.partnerhub.application.need.VisitService;
import org.partnerhub.domain.need.VisitFormat;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.need.NeedDtos.VisitDto;
import org.partnerhub.web.need.NeedDtos.VisitRequest;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.PublicUrl;

/** Community visits (串门走访) and the needs found on them. Visits name people: never public. */
@Path("v1/visits")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "needs")
@SecurityRequirement(name = "bearer")
public class VisitResource {

    @Inject
    VisitService visits;

    @Inject
    RequestActor actor;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listVisits", summary = "Visits the caller may see", description = "Staff: their region's; a partner: its own; the "
            + "district and auditors: all. Filters: region, format, from/to (visit dates, inclusive).")
    public ListResponse<VisitDto> list(@QueryParam("region") String region, @QueryParam("format") String format,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ListResponse.of(visits.list(actor.get(), Params.text(region),
                Params.enumeration(VisitFormat.class, "format", format), Params.date("from", from), Params.date("to", to),
                Params.page(page, size)), VisitDto::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createVisit", summary = "Record a visit", description = "Partners (any community), community and street staff "
            + "(their region). Needs found there are then recorded with source.visitId.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new visit")
    public Response record(VisitRequest body) {
        VisitRequest request = body == null ? new VisitRequest(null, null, null, null, null, null) : body;
        VisitDto dto = VisitDto.of(visits.record(actor.get(), new VisitForm(request.communityCode(), request.visitDate(),
                request.format(), request.participantCount(), request.participants(), request.summary())));
        return Response.created(PublicUrl.uri(uri.getBaseUri().getRawPath() + "v1/visits/" + dto.id())).entity(dto).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getVisit", summary = "One visit, with the needs recorded from it")
    public VisitDto get(@PathParam("id") String id) {
        return VisitDto.of(visits.get(actor.get(), Params.id(id)));
    }
}
