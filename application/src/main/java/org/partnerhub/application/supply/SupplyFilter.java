package org.partnerhub.application.supply;

import java.time.Instant;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * The filters of a supply list as pages and the API take them. {@code region} is any region's code: the items that
 * serve the whole of it (one of their regions is that region or a region above it — an item serving a street is found
 * for each community of the street, one serving a single community is not found for its street); {@code category} a
 * category with its children; {@code q} a Chinese-aware text search; {@code updatedSince} a change feed.
 */
public record SupplyFilter(String region, String category, FundingMode fundingMode, TargetGroup targetGroup,
        Long partnerId, SupplyStatus status, String q, Instant updatedSince) {

    public static SupplyFilter none() {
        return new SupplyFilter(null, null, null, null, null, null, null, null);
    }
}
