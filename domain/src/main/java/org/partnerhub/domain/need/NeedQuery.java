package org.partnerhub.domain.need;

import java.time.Instant;
import java.util.List;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.shared.FundingMode;

/**
 * The filters of a need list; {@code null} (or empty) means "any". {@code regionPath} selects a street's or a
 * community's needs; {@code categories} is a category and its children; every one of {@code terms} must occur in the
 * title, description or category name (found through the search index, most relevant first unless
 * {@code newestFirst}); {@code updatedSince} turns the list into a change feed ordered by change time.
 * {@code tombstones} (a sync) also selects the needs the reader no longer sees but that were public once.
 */
public record NeedQuery(String regionPath, List<CategoryCode> categories, NeedStatus status, Urgency urgency,
        FundingMode fundingMode, SourceChannel channel, Instant createdFrom, Instant createdTo, List<String> terms,
        Instant updatedSince, Long visitId, Visibility visibility, boolean newestFirst, boolean tombstones) {

    public NeedQuery(String regionPath, List<CategoryCode> categories, NeedStatus status, Urgency urgency,
            FundingMode fundingMode, SourceChannel channel, Instant createdFrom, Instant createdTo, List<String> terms,
            Instant updatedSince, Long visitId, Visibility visibility, boolean newestFirst) {
        this(regionPath, categories, status, urgency, fundingMode, channel, createdFrom, createdTo, terms, updatedSince,
                visitId, visibility, newestFirst, false);
    }

    /** The same query, also selecting tombstones (only meaningful with {@code updatedSince}). */
    public NeedQuery withTombstones() {
        return new NeedQuery(regionPath, categories, status, urgency, fundingMode, channel, createdFrom, createdTo, terms,
                updatedSince, visitId, visibility, newestFirst, updatedSince != null);
    }

    public NeedQuery(String regionPath, List<CategoryCode> categories, NeedStatus status, Urgency urgency,
            FundingMode fundingMode, SourceChannel channel, Instant createdFrom, Instant createdTo, List<String> terms,
            Instant updatedSince, Long visitId, Visibility visibility) {
        this(regionPath, categories, status, urgency, fundingMode, channel, createdFrom, createdTo, terms, updatedSince,
                visitId, visibility, false);
    }

    public NeedQuery {
        categories = categories == null ? List.of() : List.copyOf(categories);
        terms = terms == null ? List.of() : List.copyOf(terms);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    /** Every need the reader may see, newest first. */
    public static NeedQuery all(Visibility visibility) {
        return new NeedQuery(null, null, null, null, null, null, null, null, null, null, null, visibility);
    }
}
