package org.partnerhub.domain.need;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a need is in its life: recorded as a draft, published for partners to answer, in cooperation once an intent is
 * agreed, fulfilled when the project is delivered, or closed (with a reason, or as merged into another need).
 */
public enum NeedStatus {
    DRAFT,
    PUBLISHED,
    IN_COOPERATION,
    FULFILLED,
    CLOSED;

    /** Statuses whose need is still wanted: they count as open for duplicates and earmark the community's fund. */
    public static final Set<NeedStatus> OPEN = EnumSet.of(DRAFT, PUBLISHED, IN_COOPERATION);

    /** Statuses anyone may see, also without signing in. */
    public static final Set<NeedStatus> PUBLIC = EnumSet.of(PUBLISHED, IN_COOPERATION, FULFILLED);

    /** Whether the need's content (title, description, budget, …) may still be edited. */
    public boolean isEditable() {
        return this == DRAFT || this == PUBLISHED;
    }

    /** Whether a need in this status holds its budget against the community's fund. */
    public boolean earmarks() {
        return this != CLOSED;
    }
}
