package org.partnerhub.application.discovery;

import java.time.Instant;
import org.partnerhub.domain.search.SearchKind;

/** One record found by the search across kinds: what it is, its title, the start of its text, and its relevance. */
public record SearchHit(SearchKind kind, Long id, String title, String summary, int relevance, Instant at) {}
