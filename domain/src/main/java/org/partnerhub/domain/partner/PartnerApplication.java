package org.partnerhub.domain.partner;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryCodeConverter;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionCodeConverter;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.StoredFileRef;
import org.partnerhub.domain.shared.Text;

/**
 * An organisation's application to join the resource library (or an admitted partner's request to change its name or
 * credit code). It carries what the applicant declared, its documents, the consent to the privacy notice, and its
 * history; every change of status goes through {@link ApplicationStatus#after}, so an illegal step (admitting a
 * rejected application, say) cannot happen. The applicant reaches it by its number and a private status token, of
 * which only a hash is kept.
 */
@Entity
@Table(name = "partner_application")
public class PartnerApplication {

    public static final int MAX_DOCUMENTS = 5;
    public static final int REASON_MAX = 1000;
    public static final int MAX_SERVICE_REGIONS = 50;
    public static final int MAX_CATEGORIES = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "application_number", nullable = false, unique = true, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8)
    private ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ApplicationStatus status;

    @Embedded
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_service_region", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "region_code", length = RegionCode.MAX_LENGTH)
    @Convert(converter = RegionCodeConverter.class)
    private List<RegionCode> serviceRegionCodes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_category", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "category_code", length = CategoryCode.MAX_LENGTH)
    @Convert(converter = CategoryCodeConverter.class)
    private List<CategoryCode> categoryCodes = new ArrayList<>();

    @Column(name = "consent_version", nullable = false, length = 20)
    private String consentVersion;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    /** The credit code while the application is open, else null: a unique key keeps one open application per code. */
    @Column(name = "open_credit_code", length = CreditCode.LENGTH)
    private String openCreditCode;

    @Column(name = "status_token_hash", nullable = false, length = 64)
    private String statusTokenHash;

    /** The partner: the one admitted from this application, or (for a change) the one asking. */
    @Column(name = "partner_id")
    private Long partnerId;

    /** The partner account's user name, once admitted. */
    @Column(name = "account_username", length = 32)
    private String accountUsername;

    @Column(name = "account_password_set", nullable = false)
    private boolean accountPasswordSet;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ApplicationEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("uploadedAt ASC, id ASC")
    private List<ApplicationDocument> documents = new ArrayList<>();

    protected PartnerApplication() {
        // for JPA
    }

    /** A new application, submitted now. */
    public static PartnerApplication submit(String number, ApplicationKind kind, Long partnerId, Organisation organisation,
            List<RegionCode> serviceRegions, List<CategoryCode> categories, String consentVersion, String statusTokenHash,
            Instant now) {
        PartnerApplication application = new PartnerApplication();
        application.number = Objects.requireNonNull(number);
        application.kind = Objects.requireNonNull(kind);
        application.partnerId = partnerId;
        application.status = ApplicationStatus.SUBMITTED;
        application.setContent(organisation, serviceRegions, categories);
        application.consentVersion = Objects.requireNonNull(consentVersion);
        application.consentAt = now;
        application.statusTokenHash = Objects.requireNonNull(statusTokenHash);
        application.submittedAt = now;
        application.createdAt = now;
        application.updatedAt = now;
        application.record(now, ApplicationEvent.Kind.SUBMITTED, null, null, ApplicationStatus.SUBMITTED, null);
        application.keepUniqueKey();
        return application;
    }

    /** The applicant corrects a returned application and submits it again (consenting again to the current notice). */
    public void resubmit(Organisation corrected, List<RegionCode> serviceRegions, List<CategoryCode> categories,
            String currentConsentVersion, Instant now) {
        // every check first: a refused correction leaves the application exactly as it was
        ApplicationStatus from = status;
        ApplicationStatus next = status.after(ApplicationAction.RESUBMIT);
        if (kind == ApplicationKind.CHANGE && !corrected.getType().equals(organisation.getType())) {
            throw new RuleViolationException(Message.of("application.change.onlyIdentity"));
        }
        checkContent(serviceRegions, categories);
        setContent(corrected, serviceRegions, categories);
        status = next;
        consentVersion = currentConsentVersion;
        consentAt = now;
        submittedAt = now;
        decidedAt = null;
        decidedBy = null;
        decisionReason = null;
        updatedAt = now;
        record(now, ApplicationEvent.Kind.RESUBMITTED, null, from, status, null);
        keepUniqueKey();
    }

    /** A reviewer's decision, with its reason. */
    public void decide(ApplicationAction decision, String reviewer, String reason, Instant now) {
        if (!decision.isDecision()) {
            throw new IllegalArgumentException(decision + " is not a decision");
        }
        String why = Text.clean(reason);
        if (why == null) {
            throw new RuleViolationException(Message.of("application.reason.required"));
        }
        if (Text.length(why) > REASON_MAX) {
            throw new RuleViolationException(Message.of("text.tooLong", REASON_MAX));
        }
        Objects.requireNonNull(reviewer, "reviewer");
        ApplicationStatus from = status;
        status = status.after(decision);
        decidedAt = now;
        decidedBy = reviewer;
        decisionReason = why;
        updatedAt = now;
        ApplicationEvent.Kind kind = switch (decision) {
            case ADMIT -> ApplicationEvent.Kind.ADMITTED;
            case RETURN -> ApplicationEvent.Kind.RETURNED;
            default -> ApplicationEvent.Kind.REJECTED;
        };
        record(now, kind, reviewer, from, status, why);
        keepUniqueKey();
    }

    /** After admission: the partner created from this application and its first account. */
    public void admitted(Long newPartnerId, String username) {
        if (status != ApplicationStatus.ADMITTED) {
            throw new IllegalStateException("not admitted");
        }
        partnerId = Objects.requireNonNull(newPartnerId);
        accountUsername = username;
    }

    /** The applicant set the first account's password through the status link (once). */
    public void accountPasswordSet(Instant now) {
        if (status != ApplicationStatus.ADMITTED || accountUsername == null) {
            throw new ConflictException(Message.of("application.password.notAdmitted"));
        }
        if (accountPasswordSet) {
            throw new ConflictException(Message.of("application.password.alreadySet"));
        }
        accountPasswordSet = true;
        updatedAt = now;
        record(now, ApplicationEvent.Kind.PASSWORD_SET, null, null, null, null);
    }

    /** A document added while the application can still change (submitted or returned), five at most. */
    public ApplicationDocument attach(StoredFileRef file, Instant now) {
        if (!status.isOpen()) {
            throw new ConflictException(Message.of("application.documents.closed", status));
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            throw new RuleViolationException(Message.of("document.tooMany", MAX_DOCUMENTS));
        }
        ApplicationDocument document = new ApplicationDocument(this, file, now);
        documents.add(document);
        updatedAt = now;
        record(now, ApplicationEvent.Kind.DOCUMENT_ADDED, null, null, null, file.originalName());
        return document;
    }

    private static void checkContent(List<RegionCode> serviceRegions, List<CategoryCode> categories) {
        if (serviceRegions.isEmpty() || serviceRegions.size() > MAX_SERVICE_REGIONS) {
            throw new RuleViolationException(Message.of("application.serviceRegions.count", MAX_SERVICE_REGIONS));
        }
        if (categories.isEmpty() || categories.size() > MAX_CATEGORIES) {
            throw new RuleViolationException(Message.of("application.categories.count", MAX_CATEGORIES));
        }
    }

    private void setContent(Organisation newOrganisation, List<RegionCode> serviceRegions, List<CategoryCode> categories) {
        checkContent(serviceRegions, categories);
        organisation = Objects.requireNonNull(newOrganisation);
        serviceRegionCodes.clear();
        serviceRegionCodes.addAll(serviceRegions.stream().distinct().toList());
        categoryCodes.clear();
        categoryCodes.addAll(categories.stream().distinct().toList());
    }

    private void record(Instant now, ApplicationEvent.Kind kind, String actor, ApplicationStatus from,
            ApplicationStatus to, String reason) {
        history.add(new ApplicationEvent(this, now, kind, actor, from, to, reason));
    }

    /** Called after every change of status or content: the unique key follows the status. */
    private void keepUniqueKey() {
        openCreditCode = status.isOpen() ? organisation.getCreditCode() : null;
    }

    public boolean tokenMatches(String tokenHash) {
        return tokenHash != null && java.security.MessageDigest.isEqual(
                statusTokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                tokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<RegionCode> getServiceRegionCodes() {
        return Collections.unmodifiableList(serviceRegionCodes);
    }

    public List<CategoryCode> getCategoryCodes() {
        return Collections.unmodifiableList(categoryCodes);
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public boolean isAccountPasswordSet() {
        return accountPasswordSet;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ApplicationEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public List<ApplicationDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }
}
