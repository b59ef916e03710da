package org.partnerhub.domain.need;

import java.time.Instant;
import java.util.List;
import org.partnerhub.domain.category.CategoryCode;

/** The filters of a pain-point list; {@code null} means "any". */
public record PainPointQuery(String regionPath, CategoryCode category, PainPointStatus status, List<String> terms,
        Instant updatedSince, Visibility visibility) {

    public PainPointQuery {
        terms = terms == null ? List.of() : List.copyOf(terms);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }
}
