package org.partnerhub.domain.supply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;

/**
 * The filters of a supply list; {@code null} (or empty) means "any". {@code servesPath} is a region's path: items
 * serving that region or a region above it (so the whole of it); {@code categories} a category and its children;
 * every one of {@code terms} must occur in the title or description; {@code updatedSince} turns the list into a change
 * feed ordered by change time.
 */
public record SupplyQuery(String servesPath, List<CategoryCode> categories, FundingMode fundingMode,
        TargetGroup targetGroup, Long partnerId, SupplyStatus status, List<String> terms, Instant updatedSince,
        SupplyVisibility visibility, boolean tombstones) {

    public SupplyQuery(String servesPath, List<CategoryCode> categories, FundingMode fundingMode,
            TargetGroup targetGroup, Long partnerId, SupplyStatus status, List<String> terms, Instant updatedSince,
            SupplyVisibility visibility) {
        this(servesPath, categories, fundingMode, targetGroup, partnerId, status, terms, updatedSince, visibility, false);
    }

    /** The same query (a sync), also selecting the items that were published once: the service makes tombstones. */
    public SupplyQuery withTombstones() {
        return new SupplyQuery(servesPath, categories, fundingMode, targetGroup, partnerId, status, terms, updatedSince,
                visibility, updatedSince != null);
    }

    public SupplyQuery {
        categories = categories == null ? List.of() : List.copyOf(categories);
        terms = terms == null ? List.of() : List.copyOf(terms);
        visibility = visibility == null ? SupplyVisibility.PUBLIC : visibility;
    }

    /**
     * The paths of the region asked for and of every region above it ({@code /a/}, {@code /a/b/}, {@code /a/b/c/}): an
     * item serves the region when one of its served regions has one of these paths, which the service areas' path
     * index answers; empty when no region is asked for.
     */
    public List<String> servedPaths() {
        List<String> paths = new ArrayList<>();
        if (servesPath == null) {
            return paths;
        }
        for (int end = servesPath.indexOf('/', 1); end > 0; end = servesPath.indexOf('/', end + 1)) {
            paths.add(servesPath.substring(0, end + 1));
        }
        return paths;
    }

    public static SupplyQuery all(SupplyVisibility visibility) {
        return new SupplyQuery(null, null, null, null, null, null, null, null, visibility);
    }
}
