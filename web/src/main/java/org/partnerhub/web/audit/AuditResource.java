package org.partnerhub.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.audit.AuditReader;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditEvent;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.audit.AuditQuery;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/** The audit log, newest first, for auditors and district administrators. */
@Path("v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "audit")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    /** One audit line. */
    public record AuditEventDto(Long id, OffsetDateTime occurredAt, String actor, String actorRole, String clientAddress,
            AuditAction action, String objectType, String objectId, AuditOutcome outcome, String detail) {

        public static AuditEventDto of(AuditEvent e) {
            return new AuditEventDto(e.getId(), ApiTime.of(e.getOccurredAt()), e.getActorName(), e.getActorRole(),
                    e.getClientAddress(), e.getAction(), e.getObjectType(), e.getObjectId(), e.getOutcome(), e.getDetail());
        }
    }

    @Inject
    AuditReader audit;

    @Inject
    RequestActor actor;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Read the audit log", description = "Filters: actor (user name), action, objectType, objectId, "
            + "outcome, from and to (instants with offset; from inclusive, to exclusive).")
    public ListResponse<AuditEventDto> list(@QueryParam("actor") String actorName, @QueryParam("action") String action,
            @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("outcome") String outcome, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        AuditQuery query = new AuditQuery(Params.text(actorName), parse("action", AuditAction.class, action),
                Params.text(objectType), Params.text(objectId), parse("outcome", AuditOutcome.class, outcome),
                Params.instant("from", from), Params.instant("to", to));
        return ListResponse.of(audit.find(actor.get(), query, Params.page(page, size)), AuditEventDto::of);
    }

    private static <E extends Enum<E>> E parse(String field, Class<E> type, String raw) {
        if (Params.text(raw) == null) {
            return null;
        }
        E value = Enums.find(type, raw);
        if (value == null) {
            throw InvalidInputException.of(field, "param.enum", raw, Enums.names(type));
        }
        return value;
    }
}
