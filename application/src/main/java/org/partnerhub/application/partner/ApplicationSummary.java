package org.partnerhub.application.partner;

import java.time.Instant;
import org.partnerhub.domain.partner.ApplicationKind;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.PartnerType;

/** A line of the review queue: no personal data beyond the masked contact phone. */
public record ApplicationSummary(String number, ApplicationKind kind, ApplicationStatus status, String name,
        PartnerType type, String creditCode, String homeRegionCode, String contactPhoneMasked, Instant submittedAt,
        int documents) {}
