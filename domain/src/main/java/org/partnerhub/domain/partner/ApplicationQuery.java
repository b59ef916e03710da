package org.partnerhub.domain.partner;

import java.time.Instant;

/** Filters for the review queue: status, type, home or served region (a path prefix), submitted between. */
public record ApplicationQuery(ApplicationStatus status, PartnerType type, String regionPath, Instant submittedFrom,
        Instant submittedTo) {}
