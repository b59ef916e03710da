package org.partnerhub.application.partner;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.partner.PartnerType;

/**
 * A partner. The public sees only the public fields (no legal representative, no contact name, the phone masked);
 * the partner itself and the district also see {@code contactName} and {@code contactPhone} in full, and the status
 * reason and the acts allowed now.
 */
public record PartnerView(Long id, String name, PartnerType type, String creditCode, CodedName homeRegion,
        List<CodedName> serviceRegions, List<CodedName> categories, String introduction,
        String contactPhoneMasked, Instant admittedAt, PartnerStatus status, Instant updatedAt, long version,
        String contactName, String contactPhone, String statusReason, Set<PartnerStatus.Action> allowedActions) {}
