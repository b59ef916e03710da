package org.partnerhub.domain.region;

import java.time.Instant;

/**
 * Filters for the region list; every field is optional. {@code within} restricts to a subtree, {@code text} matches
 * the Chinese or English name, {@code updatedSince} turns the list into a change feed ordered by change time.
 */
public record RegionQuery(RegionLevel level, RegionCode parent, RegionCode within, String text, Instant updatedSince) {

    public static RegionQuery all() {
        return new RegionQuery(null, null, null, null, null);
    }

    public static RegionQuery childrenOf(RegionCode parent) {
        return new RegionQuery(null, parent, null, null, null);
    }
}
