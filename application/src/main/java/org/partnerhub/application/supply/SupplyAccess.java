package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.supply.SupplyAction;
import org.partnerhub.domain.supply.SupplyItem;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.domain.supply.SupplyVisibility;

/**
 * Who may see and change which supply item — the record-level rules of the supply context in one place. The item's
 * partner's users (role PARTNER of that partner) keep and move it; the district may pause or withdraw any item (with
 * a reason); the district and the auditors read everything; everybody reads published items of active partners.
 */
@ApplicationScoped
public class SupplyAccess {

    @Inject
    AccessPolicy access;

    public SupplyVisibility visibility(Actor actor) {
        if (actor == null || !actor.isAuthenticated()) {
            return SupplyVisibility.PUBLIC;
        }
        if (Permission.READ_ALL_SUPPLY.grantedTo(actor.role())) {
            return SupplyVisibility.ALL;
        }
        if (Permission.EDIT_SUPPLY.grantedTo(actor.role()) && actor.partnerId() != null) {
            return new SupplyVisibility(false, actor.partnerId());
        }
        return SupplyVisibility.PUBLIC;
    }

    /** {@code listed}: whether the item's partner is active in the library now. */
    public boolean mayRead(Actor actor, SupplyItem item, boolean listed) {
        return (listed && SupplyStatus.PUBLIC.contains(item.getStatus())) || readsBeyondPublic(actor, item);
    }

    /** Its own partner's users, the district and the auditors: drafts, the history, the contact. */
    public boolean readsBeyondPublic(Actor actor, SupplyItem item) {
        SupplyVisibility seen = visibility(actor);
        return seen.all() || (seen.partnerId() != null && seen.partnerId().equals(item.getPartnerId()));
    }

    public boolean isOwner(Actor actor, SupplyItem item) {
        return actor != null && actor.isAuthenticated() && Permission.EDIT_SUPPLY.grantedTo(actor.role())
                && actor.belongsToPartner(item.getPartnerId());
    }

    public boolean isModerator(Actor actor) {
        return actor != null && actor.isAuthenticated() && Permission.MODERATE_SUPPLY.grantedTo(actor.role());
    }

    public boolean mayEdit(Actor actor, SupplyItem item) {
        return item.getStatus().isEditable() && isOwner(actor, item);
    }

    /**
     * The acts this reader may take on the item now: its partner all those the status allows (publishing and resuming
     * only while the partner is active); the district pausing and withdrawing.
     */
    public Set<SupplyAction> allowedActions(Actor actor, SupplyItem item, boolean partnerActive) {
        Set<SupplyAction> allowed = EnumSet.noneOf(SupplyAction.class);
        boolean owner = isOwner(actor, item);
        boolean moderator = isModerator(actor);
        for (SupplyAction action : SupplyAction.values()) {
            if (!action.allowedFrom(item.getStatus())) {
                continue;
            }
            boolean publishing = action.target() == SupplyStatus.PUBLISHED;
            if ((owner && (!publishing || partnerActive)) || (moderator && SupplyAction.BY_DISTRICT.contains(action))) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Refuses (403, audited) unless the actor is one of the item's partner's users. */
    public void requireOwner(Actor actor, SupplyItem item) {
        access.requireSignedIn(actor);
        if (!isOwner(actor, item)) {
            access.deny(actor, "supply", item.getId());
        }
    }
}
