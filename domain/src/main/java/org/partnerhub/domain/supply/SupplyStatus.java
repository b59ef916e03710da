package org.partnerhub.domain.supply;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a supply item is in its life: a draft its partner prepares, published in the catalogue, paused (kept, but not
 * offered for now), or withdrawn for good.
 */
public enum SupplyStatus {
    DRAFT,
    PUBLISHED,
    PAUSED,
    WITHDRAWN;

    /** Statuses anyone may see (and only while the partner is active in the library). */
    public static final Set<SupplyStatus> PUBLIC = EnumSet.of(PUBLISHED);

    /** Whether the item's content may still be edited: everything but a withdrawn item. */
    public boolean isEditable() {
        return this != WITHDRAWN;
    }
}
