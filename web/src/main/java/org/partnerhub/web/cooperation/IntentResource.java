package org.partnerhub.web.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.cooperation.IntentFilter;
import org.partnerhub.application.cooperation.IntentService;
import org.partnerhub.application.cooperation.IntentView;
import org.partnerhub.domain.cooperation.IntentAction;
import org.partnerhub.domain.cooperation.IntentStatus;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.ETags;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.cooperation.CooperationDtos.IntentDto;
import org.partnerhub.web.cooperation.CooperationDtos.IntentListDto;
import org.partnerhub.web.cooperation.CooperationDtos.IntentRequest;
import org.partnerhub.web.cooperation.CooperationDtos.NoteDto;
import org.partnerhub.web.cooperation.CooperationDtos.NoteRequest;
import org.partnerhub.web.cooperation.CooperationDtos.TransitionRequest;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.PublicUrl;

/**
 * Cooperation intents (合作意向) between a need's community and a supply item's partner: only the two sides act on one
 * (the district and auditors read all).
 */
@Path("v1/intents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "cooperation")
@SecurityRequirement(name = "bearer")
public class IntentResource {

    @Inject
    IntentService intents;

    @Inject
    RequestActor actor;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeIntent", summary = "Propose an intent", description = "By the need's community (its community or street staff) "
            + "or the supply item's partner, for a published need and a published item of an active partner. Unknown "
            + "need or item: 404; a proposer on both sides: 422 (supplyId); not a side: 403; an open intent of the "
            + "same pair: 409. Idempotency-Key supported.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the intent")
    @APIResponseSchema(value = IntentDto.class, responseCode = "201")
    public Response propose(IntentRequest body) {
        IntentRequest request = body == null ? new IntentRequest(null, null, null) : body;
        IntentView view = intents.propose(actor.get(), request.needId(), request.supplyId(), request.note());
        return Response.created(PublicUrl.uri(uri.getBaseUri().getRawPath() + "v1/intents/" + view.id()))
                .tag(ETags.of(view.version()))
                .entity(IntentDto.of(view))
                .build();
    }

    @GET
    @Operation(operationId = "listIntents", summary = "My intents", description = "The intents the caller is a side of (the district and auditors: "
            + "all), newest change first, with counts per status. Filters: status, needId, supplyId.")
    public IntentListDto list(@QueryParam("status") String status, @QueryParam("needId") String needId,
            @QueryParam("supplyId") String supplyId, @QueryParam("page") String page, @QueryParam("size") String size) {
        IntentFilter filter = new IntentFilter(Params.enumeration(IntentStatus.class, "status", status),
                Params.text(needId) == null ? null : Params.integer("needId", needId).longValue(),
                Params.text(supplyId) == null ? null : Params.integer("supplyId", supplyId).longValue());
        PageRequest paging = Params.page(page, size);
        Page<IntentView> found = intents.list(actor.get(), filter, paging);
        ListResponse<IntentDto> list = ListResponse.of(found, IntentDto::of);
        return new IntentListDto(list.items(), list.page(), list.size(), list.total(),
                intents.counts(actor.get(), new IntentFilter(null, filter.needId(), filter.supplyId())));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getIntent", summary = "One intent", description = "With its thread of notes, its history and the actions the caller "
            + "may take now.")
    @APIResponseSchema(IntentDto.class)
    public Response get(@PathParam("id") String id) {
        IntentView view = intents.get(actor.get(), Params.id(id));
        return ETags.ok(IntentDto.of(view), view.version());
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveIntent", summary = "Move an intent", description = "ACCEPT or DECLINE (the side that did not propose, while "
            + "PROPOSED), AGREE (each side once, while NEGOTIATING; AGREED when both have: the item's capacity and the "
            + "need's budget are taken then, and the partnership project is created), WITHDRAW (either side before "
            + "AGREED). A move the status does not allow is 409 naming the move and the status; capacity or fund "
            + "exhausted is 409 too, and nothing changes.")
    @APIResponseSchema(IntentDto.class)
    public Response transition(@PathParam("id") String id, TransitionRequest body) {
        TransitionRequest request = body == null ? new TransitionRequest(null, null) : body;
        IntentAction action = Enums.find(IntentAction.class, request.action());
        if (request.action() != null && (action == null || !IntentAction.BY_PEOPLE.contains(action))) {
            throw InvalidInputException.of("action", "param.enum", request.action(), "ACCEPT, DECLINE, AGREE, WITHDRAW");
        }
        IntentView view = intents.transition(actor.get(), Params.id(id), action, request.note());
        return ETags.ok(IntentDto.of(view), view.version());
    }

    @GET
    @Path("{id}/notes")
    @Operation(operationId = "listIntentNotes", summary = "The negotiation thread of an intent, oldest first")
    public ListResponse<NoteDto> notes(@PathParam("id") String id) {
        return ListResponse.complete(intents.notes(actor.get(), Params.id(id)).stream().map(NoteDto::of).toList());
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addIntentNote", summary = "Add a note to the thread", description = "Either side, while the intent is open or agreed; "
            + "an open intent's waiting time starts again.")
    @APIResponse(responseCode = "201", description = "Added")
    public Response addNote(@PathParam("id") String id, NoteRequest body) {
        NoteDto note = NoteDto.of(intents.addNote(actor.get(), Params.id(id), body == null ? null : body.text()));
        return Response.status(Response.Status.CREATED).entity(note).build();
    }
}
