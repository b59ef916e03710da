package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.need.FundService;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.need.NeedDtos.FundDto;
import org.partnerhub.web.need.NeedDtos.FundRequest;
import org.partnerhub.web.security.RequestActor;

/** The communities' yearly funds (社区保障资金), from which needs' budgets are earmarked. */
@Path("v1/community-funds")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "needs")
@SecurityRequirement(name = "bearer")
public class FundResource {

    @Inject
    FundService funds;

    @Inject
    RequestActor actor;

    @GET
    @Operation(operationId = "listCommunityFunds", summary = "The funds of a year", description = "Every community in the caller's region (or under "
            + "region), with the amount set, what its needs hold, and what is left. year defaults to this year.")
    public ListResponse<FundDto> list(@QueryParam("region") String region, @QueryParam("year") String year) {
        return ListResponse.complete(funds.list(actor.get(), Params.text(region), Params.integer("year", year)).stream()
                .map(FundDto::of).toList());
    }

    @PUT
    @Path("{communityCode}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCommunityFund", summary = "Set a community's fund for a year (district administrators; street staff for their "
            + "communities)", description = "It may not fall below what the community's needs already hold.")
    public FundDto set(@PathParam("communityCode") String communityCode, @PathParam("year") String year,
            FundRequest body) {
        FundRequest request = body == null ? new FundRequest(null) : body;
        return FundDto.of(funds.set(actor.get(), communityCode, Params.integer("year", year), request.amountFen()));
    }
}
