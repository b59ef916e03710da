package org.partnerhub.application.supply;

import java.util.List;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * What the matching context knows of the supply item it finds needs for.
 *
 * @param readerOwns whether the reader keeps the item (its partner's user: may propose to the matches)
 */
public record MatchableItem(Long id, Long partnerId, SupplyStatus status, boolean partnerListed, CategoryCode category,
        List<String> servedPaths, int capacity, int inUse, FundingMode fundingMode, String title,
        boolean readerOwns) {

    public MatchableItem {
        servedPaths = List.copyOf(servedPaths);
    }
}
