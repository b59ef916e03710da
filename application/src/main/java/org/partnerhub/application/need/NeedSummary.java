package org.partnerhub.application.need;

import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FundingMode;

/**
 * What another context may know of a need (the cooperation and matching contexts): its title, where and what it is,
 * its budget and its status — never the entity itself, so nobody outside the need context can change it.
 *
 * @param status the status's name (for messages)
 * @param published whether it is published (open to proposals and matches)
 */
public record NeedSummary(Long id, String title, String status, boolean published, RegionCode community,
        String communityPath, CategoryCode category, FundingMode fundingMode, long budgetFen, int fundYear) {}
