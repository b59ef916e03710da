package org.partnerhub.web.partner;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.PartnerView;
import org.partnerhub.application.partner.ProfileChange;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.web.api.CodedNameDto;
import org.partnerhub.web.api.ETags;
import org.partnerhub.web.api.MergePatch;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/**
 * The resource library's partners: public reading (active partners, public fields), the partner's own profile edits,
 * and the changes of standing (suspend, reinstate, remove by the district; withdraw by the partner).
 */
@Path("v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "partners")
public class PartnerResource {

    /**
     * A partner. {@code contactPhone} is masked for the public; {@code contactName}, {@code contactPhoneFull},
     * {@code statusReason} and {@code allowedActions} are given to the partner itself and to the district only.
     */
    public record PartnerDto(Long id, String name, PartnerType type, String creditCode, CodedNameDto homeRegion,
            List<CodedNameDto> serviceRegions, List<CodedNameDto> categories, String introduction, String contactPhone,
            OffsetDateTime admittedAt, PartnerStatus status, OffsetDateTime updatedAt, String contactName,
            String contactPhoneFull, String statusReason, Set<PartnerStatus.Action> allowedActions) {

        static PartnerDto of(PartnerView p) {
            return new PartnerDto(p.id(), p.name(), p.type(), p.creditCode(), CodedNameDto.of(p.homeRegion()),
                    p.serviceRegions().stream().map(CodedNameDto::of).toList(), p.categories().stream().map(CodedNameDto::of).toList(),
                    p.introduction(), p.contactPhoneMasked(), ApiTime.of(p.admittedAt()), p.status(),
                    ApiTime.of(p.updatedAt()), p.contactName(), p.contactPhone(), p.statusReason(),
                    p.allowedActions().isEmpty() ? null : p.allowedActions());
        }
    }

    /**
     * The partner's own edit. A profile as GET answered it is also accepted: {@code serviceRegions} and
     * {@code categories} stand for {@code serviceRegionCodes} and {@code categoryCodes} when those are absent; a
     * {@code contactPhone} equal to the masked phone GET showed means "unchanged" ({@code contactPhoneFull}, when
     * present, is then the phone kept); the read-only fields are ignored.
     */
    public record ProfileRequest(String contactName, String contactPhone, String introduction,
            List<String> serviceRegionCodes, List<String> categoryCodes, List<CodedNameDto> serviceRegions,
            List<CodedNameDto> categories, String contactPhoneFull) {}

    /** A change of standing, with its reason. */
    public record TransitionRequest(PartnerStatus.Action action, String reason) {}

    /** A request to change the name or credit code, which goes back to review. */
    public record IdentityChangeRequest(String name, String creditCode) {}

    public record IdentityChangeDto(String applicationNumber) {}

    public record HistoryDto(OffsetDateTime at, String action, String actor, String detail, String reason) {}

    @Inject
    PartnerService partners;

    @Inject
    RequestActor actor;

    @GET
    @Operation(operationId = "listPartners", summary = "The public resource library", description = "Active partners only, public fields only. "
            + "Filters: type, region (partners serving that region, a region above it, or a part of it), category, "
            + "q (text in the name or introduction).")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ListResponse<PartnerDto> directory(@QueryParam("type") String type, @QueryParam("region") String region,
            @QueryParam("category") String category, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PartnerType wanted = null;
        if (Params.text(type) != null) {
            wanted = Enums.find(PartnerType.class, type);
            if (wanted == null) {
                throw InvalidInputException.of("type", "param.enum", type, Enums.names(PartnerType.class));
            }
        }
        CategoryCode categoryCode = null;
        if (Params.text(category) != null) {
            try {
                categoryCode = CategoryCode.of(category);
            } catch (InvalidValueException e) {
                throw InvalidInputException.of("category", "category.notFound", category);
            }
        }
        String servesPath = Params.text(region) == null ? null : partners.regionPath(region, "region");
        PartnerQuery query = new PartnerQuery(wanted, servesPath, categoryCode, Params.text(q), true);
        return ListResponse.of(partners.directory(query, Params.page(page, size)), PartnerDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPartner", summary = "One partner", description = "Public fields for everyone (active partners only); the full "
            + "profile for the partner's own users and the district.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponseSchema(PartnerDto.class)
    public Response get(@PathParam("id") String id) {
        PartnerView view = partners.get(actor.get(), Params.id(id));
        return ETags.ok(PartnerDto.of(view), view.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartner", summary = "Edit the partner's own profile (its users)", description = "Contact, introduction, regions and "
            + "categories; each change is kept in the history. Send If-Match with the ETag; a stale one is 412.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "412", description = "The profile changed since it was read")
    @APIResponseSchema(PartnerDto.class)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ProfileRequest body) {
        Long partnerId = Params.id(id);
        ProfileRequest request = body == null ? new ProfileRequest(null, null, null, null, null, null, null, null) : body;
        PartnerView current = partners.get(actor.get(), partnerId);
        long version = ifMatch == null ? current.version() : Params.version(ifMatch);
        PartnerView view = partners.editProfile(actor.get(), partnerId, version, change(request, current));
        return ETags.ok(PartnerDto.of(view), view.version());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchPartner", summary = "Change some fields of the partner's own profile (JSON Merge "
            + "Patch, RFC 7396)", description = "The members sent change, null clears an optional field, the others "
            + "stay; the result goes through the same rules and history as PUT. If-Match with the ETag is required "
            + "(428 without it, 412 when stale); another Content-Type than application/merge-patch+json is 415.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The profile as changed")
    @APIResponse(responseCode = "412", description = "The profile changed since it was read")
    @APIResponseSchema(PartnerDto.class)
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
        Long partnerId = Params.id(id);
        PartnerView current = partners.get(actor.get(), partnerId);
        long version = MergePatch.version(ifMatch, current.version());
        ProfileRequest request = MergePatch.patched(PartnerDto.of(current), body, ProfileRequest.class);
        PartnerView view = partners.editProfile(actor.get(), partnerId, version, change(request, current));
        return ETags.ok(PartnerDto.of(view), view.version());
    }

    private static ProfileChange change(ProfileRequest r, PartnerView current) {
        String phone = r.contactPhone();
        // the GET shows the phone masked under contactPhone: sent back unchanged it keeps the phone, never a 400
        if (phone != null && phone.equals(current.contactPhoneMasked()) && phone.indexOf('*') >= 0) {
            phone = r.contactPhoneFull() != null ? r.contactPhoneFull() : current.contactPhone();
        }
        return new ProfileChange(r.contactName(), phone, r.introduction(),
                CodedNameDto.codesOf(r.serviceRegionCodes(), r.serviceRegions()),
                CodedNameDto.codesOf(r.categoryCodes(), r.categories()));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "movePartner", summary = "Change the partner's standing", description = "SUSPEND, REINSTATE, REMOVE (district "
            + "administrators) or WITHDRAW (the partner itself), with a reason. A move the status does not allow is 409.")
    @SecurityRequirement(name = "bearer")
    public PartnerDto transition(@PathParam("id") String id, TransitionRequest body) {
        TransitionRequest request = body == null ? new TransitionRequest(null, null) : body;
        return PartnerDto.of(partners.transition(actor.get(), Params.id(id), request.action(), request.reason()));
    }

    @POST
    @Path("{id}/identity-change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestPartnerIdentityChange", summary = "Ask to change the name or credit code (the partner; goes to review)")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "202", description = "A change application is in the district's queue")
    @APIResponseSchema(value = IdentityChangeDto.class, responseCode = "202")
    public Response identityChange(@PathParam("id") String id, IdentityChangeRequest body) {
        IdentityChangeRequest request = body == null ? new IdentityChangeRequest(null, null) : body;
        String number = partners.requestIdentityChange(actor.get(), Params.id(id), request.name(), request.creditCode());
        return Response.accepted(new IdentityChangeDto(number)).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getPartnerHistory", summary = "The partner's history (its users and the district)")
    @SecurityRequirement(name = "bearer")
    public ListResponse<HistoryDto> history(@PathParam("id") String id) {
        return ListResponse.complete(partners.history(actor.get(), Params.id(id)).stream()
                .map(h -> new HistoryDto(ApiTime.of(h.at()), h.action(), h.actor(), h.detail(), h.reason()))
                .toList());
    }
}
