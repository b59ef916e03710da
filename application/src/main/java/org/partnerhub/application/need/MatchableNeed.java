package org.partnerhub.application.need;

import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FundingMode;

/**
 * What the matching context knows of the need it finds items for.
 *
 * @param readerOwns whether the reader speaks for the need's community (may propose to the matches)
 */
public record MatchableNeed(Long id, NeedStatus status, CategoryCode category, String communityPath,
        FundingMode fundingMode, long budgetFen, String title, RegionCode community, boolean readerOwns) {}
