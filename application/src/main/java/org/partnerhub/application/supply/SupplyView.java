package org.partnerhub.application.supply;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyAction;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * A supply item as its reader may see it. The public gets the masked phone only; {@code contactName} and
 * {@code contactPhone} (in clear) go to the partner's own users and the district. {@code partnerListed} is false while
 * the partner is suspended (or gone): its items are then out of the public catalogue. {@code allowedActions} and
 * {@code editable} say what this reader may do now; {@code beyondPublic} whether it reads the history.
 */
public record SupplyView(Long id, long version, Long partnerId, String partnerName, boolean partnerListed,
        CodedName category, String title, String description, List<CodedName> serviceRegions, int capacity,
        int capacityInUse, int capacityLeft, FundingMode fundingMode, String priceNote, Set<TargetGroup> targetGroups,
        String contactName, String contactPhoneMasked, String contactPhone, SupplyStatus status, String statusReason,
        Instant createdAt, Instant updatedAt, Instant publishedAt, Set<SupplyAction> allowedActions, boolean editable,
        boolean beyondPublic) {}
