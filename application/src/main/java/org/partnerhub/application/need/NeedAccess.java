package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.PartnerDirectory;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.Visibility;

/**
 * Who may see and change which need — the record-level rules of the need context in one place. Community staff own
 * their community's needs and street staff their street's (an integrator acts within its token's region the same
 * way); a partner sees the drafts it recorded and may edit them until the community publishes; the district and the
 * auditors read everything; everybody reads published needs.
 */
@ApplicationScoped
public class NeedAccess {

    @Inject
    AccessPolicy access;

    @Inject
    PartnerDirectory partners;

    /** What this reader sees beyond the public records. */
    public Visibility visibility(Actor actor) {
        if (actor == null || !actor.isAuthenticated()) {
            return Visibility.PUBLIC;
        }
        if (Permission.READ_ALL_NEEDS.grantedTo(actor.role())) {
            return Visibility.ALL;
        }
        if (actor.is(Role.PARTNER)) {
            return new Visibility(false, null, actor.partnerId());
        }
        return new Visibility(false, actor.regionPath(), null);
    }

    public boolean mayRead(Actor actor, Need need) {
        if (NeedStatus.PUBLIC.contains(need.getStatus())) {
            return true;
        }
        Visibility seen = visibility(actor);
        return seen.all() || need.isWithin(seen.regionPath())
                || (seen.partnerId() != null && seen.partnerId().equals(need.getRecordedByPartnerId()));
    }

    /** Whether the reader sees more than the public (the recorder, the history). */
    public boolean readsBeyondPublic(Actor actor, Need need) {
        Visibility seen = visibility(actor);
        return seen.all() || need.isWithin(seen.regionPath())
                || (seen.partnerId() != null && seen.partnerId().equals(need.getRecordedByPartnerId()));
    }

    /** Staff (and integrators) whose region holds the need. */
    public boolean owns(Actor actor, String communityPath) {
        return actor != null && Permission.EDIT_NEEDS.grantedTo(actor.role()) && actor.covers(communityPath);
    }

    /** The partner that recorded this draft, while it is a draft and the partner is active. */
    public boolean isDraftingPartner(Actor actor, Need need) {
        return actor != null && actor.is(Role.PARTNER) && need.getStatus() == NeedStatus.DRAFT
                && actor.partnerId() != null && actor.partnerId().equals(need.getRecordedByPartnerId())
                && partners.isActivePartner(actor.partnerId());
    }

    public boolean mayEdit(Actor actor, Need need) {
        return need.getStatus().isEditable() && (owns(actor, need.getRegionPath()) || isDraftingPartner(actor, need));
    }

    /** The acts this reader may take on the need now. */
    public Set<NeedAction> allowedActions(Actor actor, Need need) {
        Set<NeedAction> allowed = EnumSet.noneOf(NeedAction.class);
        boolean owner = owns(actor, need.getRegionPath());
        for (NeedAction action : NeedAction.BY_PEOPLE) {
            if (!action.allowedFrom(need.getStatus())) {
                continue;
            }
            if (owner || (action == NeedAction.CLOSE && isDraftingPartner(actor, need))) {
                if (action == NeedAction.REOPEN && need.getMergedIntoId() != null) {
                    continue;
                }
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Refuses (403, audited) unless the actor is one who edits this need: its owners, or the partner that drafted it.
     * Whether its status still allows an edit is the need's own rule, a conflict (409), not a refusal of the person.
     */
    public void requireEdit(Actor actor, Need need) {
        access.requireSignedIn(actor);
        if (!owns(actor, need.getRegionPath()) && !isDraftingPartner(actor, need)) {
            access.deny(actor, "need", need.getId());
        }
    }

    /** Refuses (403, audited) unless the actor owns the need (staff of its community or street). */
    public void requireOwner(Actor actor, Need need) {
        access.requireSignedIn(actor);
        if (!owns(actor, need.getRegionPath())) {
            access.deny(actor, "need", need.getId());
        }
    }
}
