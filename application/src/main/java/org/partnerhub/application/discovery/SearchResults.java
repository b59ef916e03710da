package org.partnerhub.application.discovery;

import java.util.List;
import java.util.Map;
import org.partnerhub.domain.search.SearchKind;

/** The best hits of every kind asked for, most relevant first, and how many each kind has in all. */
public record SearchResults(String q, List<SearchHit> hits, Map<SearchKind, Long> totals) {

    public long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }
}
