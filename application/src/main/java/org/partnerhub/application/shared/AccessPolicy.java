package org.partnerhub.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotAuthenticatedException;

/**
 * The authorisation checks every service makes before it acts: first the function (does the role hold the permission),
 * then the record (is it in the actor's region or organisation). A refusal is audited and thrown: the public gets a
 * not-authenticated (401), a signed-in user a forbidden (403).
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    AuditLog audit;

    public void require(Actor actor, Permission permission) {
        requireSignedIn(actor);
        if (!permission.grantedTo(actor.role())) {
            deny(actor, permission.name(), null);
        }
    }

    public void requireSignedIn(Actor actor) {
        if (actor == null || !actor.isAuthenticated()) {
            throw new NotAuthenticatedException(Message.of("auth.required"));
        }
    }

    /** The region must lie within the actor's own region (a street's staff: its communities; a district's: all). */
    public void requireRegion(Actor actor, Region region, String what) {
        requireSignedIn(actor);
        if (!actor.covers(region)) {
            deny(actor, what, region.getCode().value());
        }
    }

    /** The record must belong to the actor's own organisation. */
    public void requirePartner(Actor actor, Long partnerId, String what) {
        requireSignedIn(actor);
        if (!actor.belongsToPartner(partnerId)) {
            deny(actor, what, partnerId);
        }
    }

    public void deny(Actor actor, String what, Object objectId) {
        audit.record(actor, AuditAction.ACCESS_DENIED, what, objectId, AuditOutcome.DENIED, null);
        throw new ForbiddenException(Message.of("auth.forbidden"));
    }
}
