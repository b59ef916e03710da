package org.partnerhub.domain.matching;

/**
 * The reasons a match gives, as stable codes for integrators; each has its text under {@code match.reason.<CODE>} in
 * the message bundles (docs/MATCHING.md lists them).
 */
public enum ReasonCode {
    CATEGORY_SAME,
    CATEGORY_RELATED,
    CATEGORY_OTHER,
    REGION_COMMUNITY,
    REGION_STREET,
    REGION_DISTRICT,
    REGION_CROSS,
    CAPACITY_LEFT,
    FUNDING_FREE,
    FUNDING_WITHIN_BUDGET,
    FUNDING_NO_BUDGET,
    FUNDING_ABOVE_MODE,
    FUNDING_MISMATCH,
    TRACK_CATEGORY,
    TRACK_STREET,
    TRACK_RATING,
    TRACK_NONE;

    /** The bundle key of the reason's text. */
    public String messageKey() {
        return "match.reason." + name();
    }
}
