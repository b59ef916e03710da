package org.partnerhub.application.supply;

import java.util.List;
import java.util.Set;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;

/**
 * A supply item as a partner's user or system enters it: every content field, the served regions as codes (any mix of
 * districts, streets and communities, also other cities'), the contact phone in clear (it is stored sealed), and
 * {@code publish} to publish at once (creation only; the partner must be active).
 */
public record SupplyForm(String categoryCode, String title, String description, List<String> serviceRegionCodes,
        Integer capacity, FundingMode fundingMode, String priceNote, Set<TargetGroup> targetGroups, String contactName,
        String contactPhone, boolean publish) {}
