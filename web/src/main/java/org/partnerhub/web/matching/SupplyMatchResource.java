package org.partnerhub.web.matching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.matching.MatchService;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.api.Problems;
import org.partnerhub.web.matching.MatchDtos.MatchDto;
import org.partnerhub.web.security.RequestActor;

/** {@code GET /api/v1/supplies/{id}/matches} (a root resource of its own, like {@link NeedMatchResource}). */
@Path("v1/supplies/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "matching")
public class SupplyMatchResource {

    @Inject
    MatchService matches;

    @Inject
    RequestActor actor;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listSupplyMatches", summary = "The needs a supply item could serve", description = "Best first, at most size (1–50, default "
            + "10): published needs of the item's domain in the regions it serves, and of its category elsewhere. Each "
            + "with score (0–100) and reasons ({code, text, points}). Whoever may read the item may read its matches; a "
            + "paused, withdrawn or full item, or one of a suspended partner, has none. docs/MATCHING.md gives the "
            + "formula.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ListResponse<MatchDto> matches(@PathParam("id") String id, @QueryParam("size") String size) {
        Integer limit = Params.integer("size", size);
        int n = limit == null ? NeedMatchResource.DEFAULT_SIZE : limit;
        return NeedMatchResource.respond(matches.forSupply(actor.get(), Params.id(id), n), n,
                Problems.locale(headers));
    }
}
