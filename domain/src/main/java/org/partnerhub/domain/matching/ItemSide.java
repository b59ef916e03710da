package org.partnerhub.domain.matching;

import java.util.List;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * What matching needs to know of a supply item: its standing ({@code partnerListed}: the partner is active), category,
 * the paths of the regions it serves, its capacity and what is in use, its terms.
 */
public record ItemSide(Long id, Long partnerId, SupplyStatus status, boolean partnerListed, CategoryCode category,
        List<String> servedPaths, int capacity, int inUse, FundingMode fundingMode) {

    public ItemSide {
        servedPaths = List.copyOf(servedPaths);
    }

    public int left() {
        return Math.max(0, capacity - inUse);
    }

    /**
     * Whether the item can take on a cooperation now: published (or a draft, to preview its matches), its partner
     * active, capacity left. Paused, withdrawn and full items and suspended partners' items match nothing.
     */
    public boolean open() {
        return (status == SupplyStatus.PUBLISHED || status == SupplyStatus.DRAFT) && partnerListed && left() > 0;
    }
}
