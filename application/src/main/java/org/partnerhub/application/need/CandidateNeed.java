package org.partnerhub.application.need;

import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FundingMode;

/** A published need found for a supply item's matches. */
public record CandidateNeed(Long id, CategoryCode category, String communityPath, FundingMode fundingMode,
        long budgetFen, String title, RegionCode community) {}
