package org.partnerhub.application.matching;

import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.shared.FundingMode;

/**
 * The other side of a match in brief: a supply item (with its partner and what capacity is left) for a need's matches,
 * a need (with its community and budget) for an item's.
 */
public record Counterpart(Kind kind, Long id, String title, CodedName category, FundingMode fundingMode,
        Long partnerId, String partnerName, Integer capacityLeft, Integer capacity, CodedName community,
        Long budgetFen) {

    public enum Kind {
        SUPPLY,
        NEED
    }
}
