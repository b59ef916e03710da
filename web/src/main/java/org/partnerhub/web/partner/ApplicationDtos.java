package org.partnerhub.web.partner;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.ApplicationSummary;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.ApplicationEvent;
import org.partnerhub.domain.partner.ApplicationKind;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.web.api.CodedNameDto;
import org.partnerhub.web.shared.ApiTime;

/** The JSON shapes of the partner-application API. */
public final class ApplicationDtos {

    private ApplicationDtos() {}

    /** An application as submitted or corrected ({@code consent} must be true). */
    public record ApplicationRequest(String name, PartnerType type, String creditCode, String legalRepresentative,
            String contactName, String contactPhone, String homeRegionCode, List<String> serviceRegionCodes,
            List<String> categoryCodes, String introduction, Boolean consent) {

        ApplicationForm toForm() {
            return new ApplicationForm(name, type, creditCode, legalRepresentative, contactName, contactPhone,
                    homeRegionCode, serviceRegionCodes, categoryCodes, introduction, consent);
        }

        static ApplicationRequest empty() {
            return new ApplicationRequest(null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** The answer to a submission: the number, the private status token (shown once) and the status page's address. */
    public record SubmittedDto(String applicationNumber, String statusToken, ApplicationStatus status, String statusUrl) {}

    /** A reviewer's decision. */
    public record DecisionRequest(ApplicationAction decision, String reason) {}

    /** The applicant's choice of the first account's password. */
    public record PasswordRequest(String password) {}

    public record StepDto(OffsetDateTime at, ApplicationEvent.Kind kind, ApplicationStatus from, ApplicationStatus to,
            String reason) {}

    public record DocumentDto(Long id, String name, String mediaType, long size, OffsetDateTime uploadedAt) {

        static DocumentDto of(ApplicationView.Document d) {
            return new DocumentDto(d.id(), d.name(), d.mediaType(), d.size(), ApiTime.of(d.uploadedAt()));
        }
    }

    /** A whole application. */
    public record ApplicationDto(String applicationNumber, ApplicationKind kind, ApplicationStatus status, String name,
            PartnerType type, String creditCode, String legalRepresentative, String contactName, String contactPhone,
            CodedNameDto homeRegion, List<CodedNameDto> serviceRegions, List<CodedNameDto> categories, String introduction,
            String consentVersion, OffsetDateTime consentAt, OffsetDateTime submittedAt, OffsetDateTime decidedAt,
            String decisionReason, List<StepDto> history, List<DocumentDto> documents, Long partnerId,
            String accountUsername, boolean accountPasswordSet, Set<ApplicationAction> allowedActions) {

        static ApplicationDto of(ApplicationView v) {
            return new ApplicationDto(v.number(), v.kind(), v.status(), v.name(), v.type(), v.creditCode(),
                    v.legalRepresentative(), v.contactName(), v.contactPhone(), CodedNameDto.of(v.homeRegion()),
                    v.serviceRegions().stream().map(CodedNameDto::of).toList(),
                    v.categories().stream().map(CodedNameDto::of).toList(), v.introduction(), v.consentVersion(),
                    ApiTime.of(v.consentAt()), ApiTime.of(v.submittedAt()), ApiTime.of(v.decidedAt()), v.decisionReason(),
                    v.history().stream().map(s -> new StepDto(ApiTime.of(s.at()), s.kind(), s.from(), s.to(), s.reason()))
                            .toList(),
                    v.documents().stream().map(DocumentDto::of).toList(), v.partnerId(), v.accountUsername(),
                    v.accountPasswordSet(), v.allowedActions());
        }
    }

    /** A line of the review queue. */
    public record SummaryDto(String applicationNumber, ApplicationKind kind, ApplicationStatus status, String name,
            PartnerType type, String creditCode, String homeRegionCode, String contactPhone, OffsetDateTime submittedAt,
            int documents) {

        static SummaryDto of(ApplicationSummary s) {
            return new SummaryDto(s.number(), s.kind(), s.status(), s.name(), s.type(), s.creditCode(), s.homeRegionCode(),
                    s.contactPhoneMasked(), ApiTime.of(s.submittedAt()), s.documents());
        }
    }
}
