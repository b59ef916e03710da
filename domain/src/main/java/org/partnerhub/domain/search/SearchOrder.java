package org.partnerhub.domain.search;

/** The order of a list searched by text ({@code ?sort=}): most relevant first (the default), or newest first. */
public enum SearchOrder {
    RELEVANCE,
    NEWEST
}
