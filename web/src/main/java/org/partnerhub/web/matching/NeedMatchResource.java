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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.matching.MatchService;
import org.partnerhub.application.matching.MatchView;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.api.Problems;
import org.partnerhub.web.matching.MatchDtos.MatchDto;
import org.partnerhub.web.security.RequestActor;

/**
 * {@code GET /api/v1/needs/{id}/matches}: a root resource of its own (its path is longer than {@code v1/needs}, so
 * JAX-RS routes exactly this path here and everything else of the need to {@code NeedResource}).
 */
@Path("v1/needs/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "matching")
public class NeedMatchResource {

    static final int DEFAULT_SIZE = 10;

    @Inject
    MatchService matches;

    @Inject
    RequestActor actor;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listNeedMatches", summary = "The supply items that fit a need", description = "Best first, at most size (1–50, default "
            + "10): published items of active partners with capacity left, of the need's domain serving its community, "
            + "street or district, and of its category from elsewhere. Each with score (0–100) and reasons "
            + "({code, text, points}; texts in the caller's language). Whoever may read the need may read its matches "
            + "(others' drafts are 404). A closed or fulfilled need has none. docs/MATCHING.md gives the formula.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ListResponse<MatchDto> matches(@PathParam("id") String id, @QueryParam("size") String size) {
        Integer limit = Params.integer("size", size);
        List<MatchView> found = matches.forNeed(actor.get(), Params.id(id), limit == null ? DEFAULT_SIZE : limit);
        return respond(found, limit == null ? DEFAULT_SIZE : limit, Problems.locale(headers));
    }

    static ListResponse<MatchDto> respond(List<MatchView> found, int size, Locale locale) {
        return new ListResponse<>(found.stream().map(m -> MatchDto.of(m, locale)).toList(), 0, size, found.size());
    }
}
