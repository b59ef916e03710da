package org.partnerhub.web.supply;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.supply.SupplyExportService;
import org.partnerhub.application.supply.SupplyFilter;
import org.partnerhub.application.supply.SupplyForm;
import org.partnerhub.application.supply.SupplyImportService;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyAction;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.web.api.CodedNameDto;
import org.partnerhub.web.api.ETags;
import org.partnerhub.web.api.MergePatch;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.api.Problems;
import org.partnerhub.web.api.SpreadsheetFiles;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.supply.SupplyDtos.HistoryDto;
import org.partnerhub.web.supply.SupplyDtos.SupplyDto;
import org.partnerhub.web.supply.SupplyDtos.SupplyRequest;
import org.partnerhub.web.supply.SupplyDtos.TransitionRequest;
import org.partnerhub.web.shared.PublicUrl;

/**
 * The supply catalogue (供给): published items of active partners for everyone; drafts, paused and withdrawn items,
 * the contact and the history for the item's partner, the district and auditors.
 */
@Path("v1/supplies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "supplies")
public class SupplyResource {

    @Inject
    SupplyService supplies;

    @Inject
    RequestActor actor;

    @Inject
    SupplyExportService exports;

    @Inject
    SupplyImportService imports;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listSupplies", summary = "Supply items", description = "Published items of active partners for everyone; with a "
            + "partner's token also its own other items, with the district's all. Filters: region (items serving the "
            + "whole of that region: one of their regions is it or above it), category (with its children), "
            + "fundingMode, targetGroup, partner (id), status, q (every word must occur in the title or description; "
            + "Chinese needs no spaces), updatedSince (a sync: what changed since that instant, ordered by change time, "
            + "with a tombstone {id, status, updatedAt, deleted: true} for each item the caller could see before and "
            + "no longer sees: paused, withdrawn, its partner suspended or gone).")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ListResponse<SupplyDto> list(@QueryParam("region") String region, @QueryParam("category") String category,
            @QueryParam("fundingMode") String fundingMode, @QueryParam("targetGroup") String targetGroup,
            @QueryParam("partner") String partner, @QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        SupplyFilter filter = SupplyFilters.of(name -> uri.getQueryParameters().getFirst(name));
        if (filter.updatedSince() != null) {
            return ListResponse.of(supplies.changes(actor.get(), filter, Params.page(page, size)), SupplyDto::of);
        }
        return ListResponse.of(supplies.list(actor.get(), filter, Params.page(page, size)), SupplyDto::of);
    }

    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "exportSupplies", summary = "Export supply items as CSV or XLSX", description = "format=csv (default) or xlsx, and the "
            + "filters of GET /api/v1/supplies: what they select, every page, streamed. A partner's users export their "
            + "own organisation's items in every status (naming another partner is 403); district administrators any "
            + "partner's (partner=) or all. The first columns are the import template's (category and regions by code; "
            + "the contact phone only masked, in a later column); labels and headers in the caller's language. Every "
            + "export is audited with its filter and row count.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)")
    public Response export(@QueryParam("format") String format) {
        Spreadsheet.Format chosen = SpreadsheetFiles.format(format);
        SupplyExportService.Export export = exports.prepare(actor.get(),
                SupplyFilters.of(name -> uri.getQueryParameters().getFirst(name)));
        Locale locale = Problems.locale(headers);
        StreamingOutput body = out -> exports.write(export, chosen, locale, out);
        return SpreadsheetFiles.attachment(body, chosen, SpreadsheetFiles.datedName("supplies", chosen));
    }

    @GET
    @Path("import-template")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getSupplyImportTemplate", summary = "The supply import template", description = "format=csv (default) or xlsx: the header row and "
            + "one example row.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public Response importTemplate(@QueryParam("format") String format) {
        Spreadsheet.Format chosen = SpreadsheetFiles.format(format);
        StreamingOutput body = out -> imports.template(chosen, out);
        return SpreadsheetFiles.attachment(body, chosen, "supply-import-template." + chosen.extension());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSupply", summary = "Create a supply item", description = "A user of an admitted, active partner, for its own "
            + "organisation. \"publish\": true publishes at once; otherwise it is a draft.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "Created; Location names the new item")
    @APIResponseSchema(value = SupplyDto.class, responseCode = "201")
    public Response create(SupplyRequest body) {
        SupplyRequest request = body == null ? empty() : body;
        SupplyView view = supplies.create(actor.get(), form(request, true));
        return Response.created(PublicUrl.uri(uri.getBaseUri().getRawPath() + "v1/supplies/" + view.id()))
                .tag(ETags.of(view.version()))
                .entity(SupplyDto.of(view))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSupply", summary = "One supply item")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponseSchema(SupplyDto.class)
    public Response get(@PathParam("id") String id) {
        SupplyView view = supplies.get(actor.get(), Params.id(id));
        return ETags.ok(SupplyDto.of(view), view.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateSupply", summary = "Edit a supply item (its partner)", description = "Every changed field goes into the history; "
            + "the capacity cannot go below what cooperations use. If-Match with the ETag you read is required (428 "
            + "without it); a stale one is 412 and nothing is saved.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "412", description = "The item changed since it was read")
    @APIResponseSchema(SupplyDto.class)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, SupplyRequest body) {
        Long supplyId = Params.id(id);
        SupplyRequest request = body == null ? empty() : body;
        Long version = ifMatch == null ? null : Params.version(ifMatch);
        SupplyView view = supplies.edit(actor.get(), supplyId, version, form(request, false));
        return ETags.ok(SupplyDto.of(view), view.version());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchSupply", summary = "Change some fields of a supply item (JSON Merge Patch, RFC 7396)",
            description = "The members sent change, null clears an optional field, the others stay; the result goes "
            + "through the same rules and history as PUT. If-Match with the ETag is required (428 without it, 412 when "
            + "stale); another Content-Type than application/merge-patch+json is 415.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The item as changed")
    @APIResponse(responseCode = "412", description = "The item changed since it was read")
    @APIResponseSchema(SupplyDto.class)
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
        Long supplyId = Params.id(id);
        SupplyView current = supplies.forEdit(actor.get(), supplyId);
        long version = MergePatch.version(ifMatch, current.version());
        SupplyRequest request = MergePatch.patched(SupplyDto.of(current), body, SupplyRequest.class);
        SupplyView view = supplies.edit(actor.get(), supplyId, version, form(request, false));
        return ETags.ok(SupplyDto.of(view), view.version());
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getSupplyHistory", summary = "Every change of a supply item, newest first", description = "Who, when, which act, why, and "
            + "each field's old and new value (the phone masked).")
    @SecurityRequirement(name = "bearer")
    public ListResponse<HistoryDto> history(@PathParam("id") String id) {
        return ListResponse.complete(supplies.history(actor.get(), Params.id(id)).stream().map(HistoryDto::of).toList());
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveSupply", summary = "Move a supply item", description = "Its partner: PUBLISH and RESUME (while active), PAUSE, "
            + "WITHDRAW (final). The district: PAUSE or WITHDRAW any item, with a reason. A move the status does not "
            + "allow is 409.")
    @SecurityRequirement(name = "bearer")
    @APIResponseSchema(SupplyDto.class)
    public Response transition(@PathParam("id") String id, TransitionRequest body) {
        TransitionRequest request = body == null ? new TransitionRequest(null, null) : body;
        SupplyAction action = Enums.find(SupplyAction.class, request.action());
        if (request.action() != null && action == null) {
            throw InvalidInputException.of("action", "param.enum", request.action(),
                    String.join(", ", Arrays.stream(SupplyAction.values()).map(Enum::name).toList()));
        }
        SupplyView view = supplies.transition(actor.get(), Params.id(id), action, request.reason());
        return ETags.ok(SupplyDto.of(view), view.version());
    }

    private static SupplyRequest empty() {
        return new SupplyRequest(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static SupplyForm form(SupplyRequest r, boolean creating) {
        return new SupplyForm(CodedNameDto.codeOf(r.categoryCode(), r.category()), r.title(), r.description(),
                CodedNameDto.codesOf(r.serviceRegionCodes(), r.serviceRegions()), r.capacity(),
                r.fundingMode(), r.priceNote(), r.targetGroups(), r.contactName(), r.contactPhone(),
                creating && Boolean.TRUE.equals(r.publish()));
    }
}
