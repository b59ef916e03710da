package org.partnerhub.domain.matching;

import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.shared.FundingMode;

/** What matching needs to know of a need. */
public record NeedSide(Long id, NeedStatus status, CategoryCode category, String communityPath, FundingMode fundingMode,
        long budgetFen) {

    /** The path of the need's street: the community's path without its last step. */
    public String streetPath() {
        String trimmed = communityPath.substring(0, communityPath.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }

    /** Whether the need still looks for partners: drafts (to preview their matches) and published needs. */
    public boolean open() {
        return status == NeedStatus.DRAFT || status == NeedStatus.PUBLISHED;
    }
}
