package org.partnerhub.application.supply;

import java.util.List;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.shared.FundingMode;

/**
 * An open supply item (published, its partner active, capacity left) found for a need's matches.
 *
 * @param servedPaths the served regions that hold the need's community (none: found across regions)
 */
public record CandidateItem(Long id, Long partnerId, CategoryCode category, List<String> servedPaths, int capacity,
        int inUse, FundingMode fundingMode, String title) {

    public CandidateItem {
        servedPaths = List.copyOf(servedPaths);
    }
}
