package org.partnerhub.application.need;

import java.util.Set;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;

/**
 * A need as a person or system enters it. For a new need every field counts; an edit takes the content fields and
 * refuses a different community (a need never moves). {@code fundYear} defaults to the current year in the district;
 * {@code publish} asks to publish at once (staff only).
 */
public record NeedForm(String communityCode, String categoryCode, String title, String description, Integer beneficiaries,
        Set<TargetGroup> targetGroups, Urgency urgency, FundingMode fundingMode, Long budgetFen, SourceChannel channel,
        Long visitId, Integer fundYear, boolean publish) {}
