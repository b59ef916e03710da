package org.partnerhub.application.shared;

import static org.partnerhub.domain.account.Role.AUDITOR;
import static org.partnerhub.domain.account.Role.COMMUNITY_STAFF;
import static org.partnerhub.domain.account.Role.DISTRICT_ADMIN;
import static org.partnerhub.domain.account.Role.INTEGRATOR;
import static org.partnerhub.domain.account.Role.PARTNER;
import static org.partnerhub.domain.account.Role.STREET_STAFF;

import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.domain.account.Role;

/**
 * The function-level rights, each with the roles that hold it: the one table that says who may do what. Record-level
 * rules (which region, which organisation) are checked by the services on top of these.
 */
public enum Permission {
    MANAGE_USERS(DISTRICT_ADMIN),
    IMPORT_REGIONS(DISTRICT_ADMIN),
    MANAGE_ALL_TOKENS(DISTRICT_ADMIN),
    READ_AUDIT(AUDITOR, DISTRICT_ADMIN),
    REVIEW_APPLICATIONS(DISTRICT_ADMIN),
    MANAGE_PARTNERS(DISTRICT_ADMIN),
    /** Record, edit, publish and close the needs of the actor's region. */
    EDIT_NEEDS(COMMUNITY_STAFF, STREET_STAFF, INTEGRATOR),
    /**
     * Import needs from spreadsheets: those who record needs in their region, and the district's administrators for
     * every community (each row must still lie within the uploader's region).
     */
    IMPORT_NEEDS(COMMUNITY_STAFF, STREET_STAFF, INTEGRATOR, DISTRICT_ADMIN),
    /** Record a need found on a visit as a draft for the community to confirm (partners). */
    DRAFT_NEEDS(PARTNER),
    /** Read every need, draft or not, and every visit, everywhere. */
    READ_ALL_NEEDS(DISTRICT_ADMIN, AUDITOR),
    /** Export the needs one may read (audited). */
    EXPORT_NEEDS(DISTRICT_ADMIN, STREET_STAFF, COMMUNITY_STAFF, INTEGRATOR),
    RECORD_VISITS(COMMUNITY_STAFF, STREET_STAFF, PARTNER, INTEGRATOR),
    /** Publish and keep the pain points of the actor's street. */
    EDIT_PAIN_POINTS(STREET_STAFF, INTEGRATOR),
    /** Set the yearly funds of the communities in the actor's region. */
    SET_FUNDS(DISTRICT_ADMIN, STREET_STAFF),
    /** Create, edit and move one's own organisation's supply items (an active partner's users). */
    EDIT_SUPPLY(PARTNER),
    /** Pause or withdraw any partner's supply item, with a reason (audited). */
    MODERATE_SUPPLY(DISTRICT_ADMIN),
    /** Read every supply item, also drafts and those of suspended partners, with their history. */
    READ_ALL_SUPPLY(DISTRICT_ADMIN, AUDITOR),
    /**
     * Import supply items from spreadsheets: an active partner's users into their own organisation's items, the
     * district's administrators on behalf of a partner they name (as drafts).
     */
    IMPORT_SUPPLY(PARTNER, DISTRICT_ADMIN),
    /** Export supply lists (audited): a partner's users their own organisation's, the district's administrators any. */
    EXPORT_SUPPLY(PARTNER, DISTRICT_ADMIN),
    /** Replay the domain events on a delivery channel from a sequence on (issue 14, events). */
    REPLAY_EVENTS(DISTRICT_ADMIN),
    /**
     * Subscribe URLs to the events one may see (webhooks) and manage one's own subscriptions; the district's
     * administrators see and manage every subscription.
     */
    MANAGE_WEBHOOKS(DISTRICT_ADMIN, INTEGRATOR);

    private final Set<Role> roles;

    Permission(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean grantedTo(Role role) {
        return role != null && roles.contains(role);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
