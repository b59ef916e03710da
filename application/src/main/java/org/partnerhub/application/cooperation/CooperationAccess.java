package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.application.need.NeedAccess;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.Message;

/**
 * Who acts on which intent and project — the record-level rules of the cooperation context in one place. The sides
 * are the need's community (staff of its community or street, and integrators of that region, as {@link NeedAccess}
 * says) and the supply item's partner (its users, and integrators bound to it). Only the sides act; the district and
 * the auditors read everything; the district picks showcase cases.
 */
@ApplicationScoped
public class CooperationAccess {

    @Inject
    NeedAccess needs;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** The sides {@code actor} is on, for a need of {@code communityPath} and an item of {@code partnerId}. */
    public Set<IntentParty> sides(Actor actor, String communityPath, Long partnerId) {
        Set<IntentParty> sides = EnumSet.noneOf(IntentParty.class);
        if (actor == null || !actor.isAuthenticated()) {
            return sides;
        }
        if (needs.owns(actor, communityPath)) {
            sides.add(IntentParty.COMMUNITY);
        }
        if ((actor.is(Role.PARTNER) || actor.is(Role.INTEGRATOR)) && actor.belongsToPartner(partnerId)) {
            sides.add(IntentParty.PARTNER);
        }
        return sides;
    }

    /** The one side the actor acts for, or null (not a party; or, impossibly for an existing intent, both). */
    public IntentParty side(Actor actor, String communityPath, Long partnerId) {
        Set<IntentParty> sides = sides(actor, communityPath, partnerId);
        return sides.size() == 1 ? sides.iterator().next() : null;
    }

    /**
     * Refuses (401/403, audited) an actor whose role can never be on {@code side} (either side when null): the function
     * rule, checked before any record is looked at.
     */
    public void requireSideRole(Actor actor, IntentParty side) {
        access.requireSignedIn(actor);
        boolean community = Permission.EDIT_NEEDS.grantedTo(actor.role());
        boolean partner = actor.is(Role.PARTNER) || actor.is(Role.INTEGRATOR);
        boolean fits = side == null ? community || partner : side == IntentParty.COMMUNITY ? community : partner;
        if (!fits) {
            access.deny(actor, "cooperation", null);
        }
    }

    public boolean readsAll(Actor actor) {
        return actor != null && actor.isAuthenticated() && Permission.READ_ALL_NEEDS.grantedTo(actor.role());
    }

    /** The district's administrators pick showcase cases (they also manage the library's partners). */
    public boolean selectsShowcases(Actor actor) {
        return actor != null && actor.isAuthenticated() && Permission.MANAGE_PARTNERS.grantedTo(actor.role());
    }

    /** Refuses (403, audited) with a message that says why: the actor is not one of the two sides. */
    public void denyNotParty(Actor actor, String what, Object id) {
        access.requireSignedIn(actor);
        audit.record(actor, AuditAction.ACCESS_DENIED, what, id, AuditOutcome.DENIED, "not a party");
        throw new ForbiddenException(Message.of("intent.notParty"));
    }
}
