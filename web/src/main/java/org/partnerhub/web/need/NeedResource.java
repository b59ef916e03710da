package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.need.NeedExportService;
import org.partnerhub.application.need.NeedFilter;
import org.partnerhub.application.need.NeedImportService;
import org.partnerhub.application.need.NeedForm;
import org.partnerhub.application.need.NeedRecorded;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.search.SearchOrder;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.api.CodedNameDto;
import org.partnerhub.web.api.ETags;
import org.partnerhub.web.api.MergePatch;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.api.SpreadsheetFiles;
import org.partnerhub.web.api.Problems;
import org.partnerhub.web.need.NeedDtos.HistoryDto;
import org.partnerhub.web.need.NeedDtos.MergeRequest;
import org.partnerhub.web.need.NeedDtos.NeedDto;
import org.partnerhub.web.need.NeedDtos.NeedRequest;
import org.partnerhub.web.need.NeedDtos.RecordedDto;
import org.partnerhub.web.need.NeedDtos.SimilarDto;
import org.partnerhub.web.need.NeedDtos.TransitionRequest;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.PublicUrl;

/**
 * The needs list (需求清单): published needs for everyone; drafts and the history for their owners (community and
 * street staff), the partner that recorded them, the district and auditors.
 */
@Path("v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "needs")
public class NeedResource {

    @Inject
    NeedService needs;

    @Inject
    RequestActor actor;

    @Inject
    NeedExportService exports;

    @Inject
    NeedImportService imports;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listNeeds", summary = "Needs", description = "Published needs for everyone; with a token, also the drafts the caller "
            + "may see. Filters: region (a street or community code, or above), category (with its children), status, "
            + "urgency, fundingMode, channel, createdFrom/createdTo (dates, inclusive), q (every word must occur in the "
            + "title, description or category name; Chinese needs no spaces; most relevant first unless sort=NEWEST), "
            + "visit, updatedSince (a sync: what changed since that instant, ordered by change time, with a tombstone "
            + "{id, status, mergedIntoId, updatedAt, deleted: true} for each need the caller could see before and no "
            + "longer sees: closed, merged, taken back to a draft).")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ListResponse<NeedDto> list(@QueryParam("region") String region, @QueryParam("category") String category,
            @QueryParam("status") String status, @QueryParam("urgency") String urgency,
            @QueryParam("fundingMode") String fundingMode, @QueryParam("channel") String channel,
            @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
            @QueryParam("q") String q, @QueryParam("visit") String visit, @QueryParam("updatedSince") String updatedSince,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        NeedFilter filter = new NeedFilter(Params.text(region), Params.text(category),
                Params.enumeration(NeedStatus.class, "status", status), Params.enumeration(Urgency.class, "urgency", urgency),
                Params.enumeration(FundingMode.class, "fundingMode", fundingMode),
                Params.enumeration(SourceChannel.class, "channel", channel), Params.date("createdFrom", createdFrom),
                Params.date("createdTo", createdTo), Params.text(q), Params.instant("updatedSince", updatedSince),
                Params.text(visit) == null ? null : Params.integer("visit", visit).longValue(),
                Params.enumeration(SearchOrder.class, "sort", sort) == SearchOrder.NEWEST);
        if (filter.updatedSince() != null) {
            return ListResponse.of(needs.changes(actor.get(), filter, Params.page(page, size)), NeedDto::of);
        }
        return ListResponse.of(needs.list(actor.get(), filter, Params.page(page, size)), NeedDto::of);
    }

    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "exportNeeds", summary = "Export needs as CSV or XLSX", description = "format=csv (default) or xlsx, and the filters of "
            + "GET /api/v1/needs: exactly what they select and the caller may read, every page, streamed. The first "
            + "columns are the import template's; labels and headers in the caller's language (Accept-Language). The "
            + "recorder only for readers who may see it. Community and street staff, integrators, district "
            + "administrators; every export is audited with its filter and row count.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)")
    public Response export(@QueryParam("format") String format) {
        Spreadsheet.Format chosen = SpreadsheetFiles.format(format);
        NeedFilter filter = NeedFilters.of(name -> uri.getQueryParameters().getFirst(name));
        NeedExportService.Export export = exports.prepare(actor.get(), filter);
        Locale locale = Problems.locale(headers);
        StreamingOutput body = out -> exports.write(export, chosen, locale, out);
        return SpreadsheetFiles.attachment(body, chosen, SpreadsheetFiles.datedName("needs", chosen));
    }

    @GET
    @Path("import-template")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getNeedImportTemplate", summary = "The need import template", description = "format=csv (default) or xlsx: the header row and "
            + "one example row (with a community of the caller's region when signed in).")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public Response importTemplate(@QueryParam("format") String format) {
        Spreadsheet.Format chosen = SpreadsheetFiles.format(format);
        var caller = actor.get();
        StreamingOutput body = out -> imports.template(caller, chosen, out);
        return SpreadsheetFiles.attachment(body, chosen, "need-import-template." + chosen.extension());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNeed", summary = "Record a need", description = "Community or street staff (within their region), or an "
            + "integrator within its token's region; a partner records a draft for the community to confirm. "
            + "\"publish\": true publishes at once (staff only). A budget above 0 is earmarked from the community's "
            + "fund of fundYear (default: this year); the answer lists open needs of the street it may duplicate.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new need")
    @APIResponseSchema(value = RecordedDto.class, responseCode = "201")
    public Response record(NeedRequest body) {
        NeedRequest request = body == null ? empty() : body;
        NeedRecorded recorded = needs.record(actor.get(), form(request, true));
        NeedDto dto = NeedDto.of(recorded.need());
        return Response.created(PublicUrl.uri(uri.getBaseUri().getRawPath() + "v1/needs/" + dto.id()))
                .tag(ETags.of(recorded.need().version()))
                .entity(new RecordedDto(dto, recorded.possibleDuplicates().stream().map(SimilarDto::of).toList()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNeed", summary = "One need")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponseSchema(NeedDto.class)
    public Response get(@PathParam("id") String id) {
        NeedView view = needs.get(actor.get(), Params.id(id));
        return ETags.ok(NeedDto.of(view), view.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateNeed", summary = "Edit a need (its owners; the recording partner while it is a draft)", description = "Every "
            + "changed field goes into the history. If-Match with the ETag you read is required (428 without it); "
            + "a stale one is 412 and nothing is saved.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "412", description = "The need changed since it was read")
    @APIResponseSchema(NeedDto.class)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, NeedRequest body) {
        Long needId = Params.id(id);
        NeedRequest request = body == null ? empty() : body;
        Long version = ifMatch == null ? null : Params.version(ifMatch);
        NeedView view = needs.edit(actor.get(), needId, version, form(request, false));
        return ETags.ok(NeedDto.of(view), view.version());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchNeed", summary = "Change some fields of a need (JSON Merge Patch, RFC 7396)",
            description = "The members sent change, null clears an optional field, the others stay; the result goes "
            + "through the same rules and history as PUT. If-Match with the ETag is required (428 without it, 412 when "
            + "stale); another Content-Type than application/merge-patch+json is 415.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The need as changed")
    @APIResponse(responseCode = "412", description = "The need changed since it was read")
    @APIResponseSchema(NeedDto.class)
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
        Long needId = Params.id(id);
        NeedView current = needs.forEdit(actor.get(), needId);
        long version = MergePatch.version(ifMatch, current.version());
        NeedRequest request = MergePatch.patched(NeedDto.of(current), body, NeedRequest.class);
        NeedView view = needs.edit(actor.get(), needId, version, form(request, false));
        return ETags.ok(NeedDto.of(view), view.version());
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getNeedHistory", summary = "Every change of a need, newest first", description = "Who, when, which act, why, and each "
            + "field's old and new value.")
    @SecurityRequirement(name = "bearer")
    public ListResponse<HistoryDto> history(@PathParam("id") String id) {
        return ListResponse.complete(needs.history(actor.get(), Params.id(id)).stream().map(HistoryDto::of).toList());
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveNeed", summary = "Move a need", description = "PUBLISH, CLOSE (with a reason) or REOPEN (a closed need returns "
            + "as a draft). A move the status does not allow is 409.")
    @SecurityRequirement(name = "bearer")
    @APIResponseSchema(NeedDto.class)
    public Response transition(@PathParam("id") String id, TransitionRequest body) {
        TransitionRequest request = body == null ? new TransitionRequest(null, null) : body;
        NeedAction action = Enums.find(NeedAction.class, request.action());
        if (request.action() != null && (action == null || !NeedAction.BY_PEOPLE.contains(action))) {
            throw InvalidInputException.of("action", "param.enum", request.action(),
                    "PUBLISH, CLOSE, REOPEN");
        }
        NeedView view = needs.transition(actor.get(), Params.id(id), action, request.reason());
        return ETags.ok(NeedDto.of(view), view.version());
    }

    @GET
    @Path("{id}/similar")
    @Operation(operationId = "listSimilarNeeds", summary = "Open needs of the same street and category that read alike (possible duplicates)")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ListResponse<SimilarDto> similar(@PathParam("id") String id) {
        return ListResponse.complete(needs.similar(actor.get(), Params.id(id)).stream().map(SimilarDto::of).toList());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeNeed", summary = "Merge a need into another of the same street", description = "This need is closed as "
            + "merged into \"into\"; both keep their histories, which say so.")
    @SecurityRequirement(name = "bearer")
    public NeedDto merge(@PathParam("id") String id, MergeRequest body) {
        MergeRequest request = body == null ? new MergeRequest(null, null) : body;
        return NeedDto.of(needs.merge(actor.get(), Params.id(id), request.into(), request.reason()));
    }

    private static NeedRequest empty() {
        return new NeedRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static NeedForm form(NeedRequest r, boolean creating) {
        return new NeedForm(CodedNameDto.codeOf(r.communityCode(), r.community()),
                CodedNameDto.codeOf(r.categoryCode(), r.category()), r.title(), r.description(), r.beneficiaries(),
                r.targetGroups(), r.urgency(), r.fundingMode(), r.budgetFen(),
                r.source() == null ? null : r.source().channel(), r.source() == null ? null : r.source().visitId(),
                creating ? r.fundYear() : null, creating && Boolean.TRUE.equals(r.publish()));
    }
}
