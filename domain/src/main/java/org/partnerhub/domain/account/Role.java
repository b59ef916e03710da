package org.partnerhub.domain.account;

import org.partnerhub.domain.region.RegionLevel;

/**
 * What a user is to the platform. Staff roles are bound to a region of a fixed level; a partner user to its
 * organisation; an integrator (another system) to the region its data may cover.
 */
public enum Role {
    DISTRICT_ADMIN(RegionLevel.DISTRICT),
    STREET_STAFF(RegionLevel.STREET),
    COMMUNITY_STAFF(RegionLevel.COMMUNITY),
    PARTNER(null),
    AUDITOR(RegionLevel.DISTRICT),
    INTEGRATOR(null);

    private final RegionLevel regionLevel;

    Role(RegionLevel regionLevel) {
        this.regionLevel = regionLevel;
    }

    /** The level of the region this role must be bound to, or {@code null} when any level (or none) fits. */
    public RegionLevel regionLevel() {
        return regionLevel;
    }

    public boolean needsRegion() {
        return this != PARTNER;
    }

    public boolean needsPartner() {
        return this == PARTNER;
    }
}
