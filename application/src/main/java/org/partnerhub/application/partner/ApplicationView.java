package org.partnerhub.application.partner;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.ApplicationEvent;
import org.partnerhub.domain.partner.ApplicationKind;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.PartnerType;

/**
 * An application as its applicant (through the status link) or a reviewer sees it. The contact phone is given in full
 * to both (the applicant typed it; a reviewer's reading is audited).
 */
public record ApplicationView(String number, ApplicationKind kind, ApplicationStatus status, String name, PartnerType type,
        String creditCode, String legalRepresentative, String contactName, String contactPhone, CodedName homeRegion,
        List<CodedName> serviceRegions, List<CodedName> categories, String introduction, String consentVersion,
        Instant consentAt, Instant submittedAt, Instant decidedAt, String decisionReason, List<Step> history,
        List<Document> documents, Long partnerId, String accountUsername, boolean accountPasswordSet,
        Set<ApplicationAction> allowedActions, long version) {

    /** One step of the history. */
    public record Step(Instant at, ApplicationEvent.Kind kind, ApplicationStatus from, ApplicationStatus to,
            String reason, String actor) {}

    /** An attached document. */
    public record Document(Long id, String name, String mediaType, long size, Instant uploadedAt) {}
}
