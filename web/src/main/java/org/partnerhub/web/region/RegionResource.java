package org.partnerhub.web.region;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.region.RegionImportResult;
import org.partnerhub.application.region.RegionImportService;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.api.Problem;
import org.partnerhub.web.security.RequestActor;

/** The region tree, readable by anyone. */
@Path("v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "regions")
public class RegionResource {

    @Inject
    RegionService regions;

    @Inject
    RegionImportService importer;

    @Inject
    RequestActor actor;

    @GET
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "All regions in import order (parents before children), filtered and paged. With "
                    + "updatedSince, only regions changed after that instant, ordered by change time.")
    @APIResponse(responseCode = "200", description = "A page of regions")
    @APIResponse(responseCode = "400", description = "A malformed filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirementsSet
    public ListResponse<RegionDto> list(
            @Parameter(description = "CITY, DISTRICT, STREET or COMMUNITY") @QueryParam("level") String level,
            @Parameter(description = "only the children of this region") @QueryParam("parentCode") String parentCode,
            @Parameter(description = "only this region and everything below it") @QueryParam("within") String within,
            @Parameter(description = "part of the Chinese or English name") @QueryParam("q") String q,
            @Parameter(description = "only regions changed after this instant") @QueryParam("updatedSince")
                    String updatedSince,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RegionQuery query = new RegionQuery(level(level), code("parentCode", parentCode), code("within", within),
                Params.text(q), Params.instant("updatedSince", updatedSince));
        return withChildCounts(regions.find(query, Params.page(page, size)));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getRegion", summary = "One region, with its lineage from the top of the tree")
    @APIResponse(responseCode = "200", description = "The region; the ETag changes whenever the region does")
    @APIResponse(responseCode = "404", description = "No region has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirementsSet
    @APIResponseSchema(RegionDto.class)
    public Response get(@PathParam("code") String code, @Context Request request) {
        Region region = regions.get(pathCode(code));
        EntityTag etag = new EntityTag(region.getCode().value() + "." + region.getVersion());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        Long children = regions.childCounts(List.of(region.getCode())).getOrDefault(region.getCode(), 0L);
        return Response.ok(RegionDto.of(region, children, regions.lineage(region))).tag(etag).build();
    }

    @GET
    @Path("{code}/children")
    @Operation(operationId = "listRegionChildren", summary = "The children of a region, in their order")
    @APIResponse(responseCode = "200", description = "A page of child regions")
    @APIResponse(responseCode = "404", description = "No region has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirementsSet
    public ListResponse<RegionDto> children(
            @PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size) {
        return withChildCounts(regions.children(pathCode(code), Params.page(page, size)));
    }

    /** What an import did. */
    public record ImportResultDto(int rows, int created, int updated, int unchanged) {}

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importRegions", summary = "Import regions from CSV (district administrators)",
            description = "UTF-8 CSV with the header level,code,name_zh,name_en,parent_code,note. parent_code is a "
                    + "parent's code or its exact Chinese name; an empty code gets a stable generated one; re-importing "
                    + "a row updates it. Every bad row is reported with its line, and then nothing of the file is applied.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "How many regions were created, updated or left unchanged")
    @APIResponse(responseCode = "400", description = "The file's errors, each with its line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportResultDto importCsv(byte[] content) {
        RegionImportResult result = importer.importCsv(actor.get(), content == null ? new byte[0] : content);
        return new ImportResultDto(result.rows(), result.created(), result.updated(), result.unchanged());
    }

    private ListResponse<RegionDto> withChildCounts(Page<Region> page) {
        Map<RegionCode, Long> counts = regions.childCounts(page.items().stream().map(Region::getCode).toList());
        return ListResponse.of(page, r -> RegionDto.of(r, counts.getOrDefault(r.getCode(), 0L), null));
    }

    /** A malformed code in the path names no region: that is a 404, like any other unknown code. */
    private static RegionCode pathCode(String raw) {
        try {
            return RegionCode.of(raw);
        } catch (InvalidValueException e) {
            throw new NotFoundException(Message.of("region.notFound", raw));
        }
    }

    private static RegionCode code(String field, String raw) {
        if (Params.text(raw) == null) {
            return null;
        }
        try {
            return RegionCode.of(raw);
        } catch (InvalidValueException e) {
            throw new InvalidInputException(new FieldError(field, null, e.message()));
        }
    }

    private static RegionLevel level(String raw) {
        String text = Params.text(raw);
        if (text == null) {
            return null;
        }
        return Optional.ofNullable(Enums.find(RegionLevel.class, text))
                .orElseThrow(() -> InvalidInputException.of("level", "param.enum", raw, Enums.names(RegionLevel.class)));
    }
}
