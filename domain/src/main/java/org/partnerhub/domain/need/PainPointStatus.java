package org.partnerhub.domain.need;

import java.util.EnumSet;
import java.util.Set;

/** A governance pain point's status: drafted by the street, published, resolved, or closed (dropped). */
public enum PainPointStatus {
    DRAFT,
    PUBLISHED,
    RESOLVED,
    CLOSED;

    /** Statuses anyone may see. */
    public static final Set<PainPointStatus> PUBLIC = EnumSet.of(PUBLISHED, RESOLVED);
}
