package org.partnerhub.application.search;

import java.util.List;
import org.partnerhub.domain.search.SearchKind;

/**
 * A context whose records the search index holds answers this (a CDI bean), so that the start-up job can index records
 * saved before the index existed, or written by a bulk load that skipped it, without the search context knowing the
 * other contexts.
 */
public interface SearchSource {

    SearchKind kind();

    /** Up to {@code limit} ids above {@code afterId} of records that have no index entry yet, lowest first. */
    List<Long> unindexed(long afterId, int limit);

    /** Indexes these records in one transaction of its own. */
    void index(List<Long> ids);
}
