package org.partnerhub.application.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.partnerhub.application.account.PartnerAccounts;
import org.partnerhub.application.account.PasswordHasher;
import org.partnerhub.application.file.FileService;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.file.StoredFile;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.ApplicationDocument;
import org.partnerhub.domain.partner.ApplicationKind;
import org.partnerhub.domain.partner.ApplicationQuery;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.Organisation;
import org.partnerhub.domain.partner.Partner;
import org.partnerhub.domain.partner.PartnerApplication;
import org.partnerhub.domain.partner.PartnerRepository;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.StoredFileRef;
import org.partnerhub.domain.shared.Text;

/**
 * Becoming a partner (入驻): an organisation applies (no account needed), follows its application through a private
 * status link, corrects it when it is returned; a district administrator reviews it and admits, returns or rejects it.
 * Admission creates the partner in the resource library and its first account, whose password the applicant then sets
 * through the same link.
 */
@ApplicationScoped
@Transactional
public class OnboardingService {

    static final String PHONE_PURPOSE = "organisation.contact_phone";
    private static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Event<PartnerRenamed> renamed;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnerIndexing searchIndex;

    @Inject
    RegionRepository regions;

    @Inject
    org.partnerhub.application.region.RegionService regionNames;

    @Inject
    org.partnerhub.application.category.CategoryService categoryNames;

    @Inject
    CategoryRepository categories;

    @Inject
    FileService files;

    @Inject
    PartnerAccounts partnerAccounts;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Event<ApplicationSubmitted> submitted;

    @Inject
    Clock clock;

    /** What the documents of one unreviewed application may hold in all (issue 18: the public writes it). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "partnerhub.anon.application-max-bytes",
            defaultValue = "26214400")
    long maxApplicationBytes;

    // ------------------------------------------------------------------ the applicant

    /**
     * Submits a new application. {@code fileKeys} are documents uploaded beforehand (the form uploads them as they are
     * chosen, so that they survive a correction of other fields).
     */
    public SubmittedApplication submit(ApplicationForm form, List<String> fileKeys, String clientAddress) {
        Content content = check(form, fileKeys == null ? 0 : fileKeys.size());
        CreditCode code = content.organisation.creditCode();
        refuseDuplicate(code);
        Instant now = clock.instant();
        String token = newToken();
        PartnerApplication application = PartnerApplication.submit(nextNumber(now), ApplicationKind.NEW, null,
                content.organisation, content.serviceRegions, content.categories, PrivacyNotice.VERSION,
                PasswordHasher.sha256(token), now);
        attachAll(application, fileKeys, now);
        add(application);
        audit.record(Actor.anonymous(clientAddress), AuditAction.APPLICATION_SUBMITTED, "application",
                application.getNumber(), AuditOutcome.SUCCESS, "consent " + PrivacyNotice.VERSION);
        submitted.fire(new ApplicationSubmitted(application.getNumber(), content.organisation.getName(), false));
        return new SubmittedApplication(application.getNumber(), token, application.getStatus());
    }

    /** The application as its applicant sees it; a wrong number or token is the same not-found. */
    public ApplicationView view(String number, String token) {
        return toView(byToken(number, token, false), cipher);
    }

    /** The applicant corrects a returned application and submits it again. */
    public ApplicationView resubmit(String number, String token, ApplicationForm form, List<String> fileKeys,
            String clientAddress) {
        PartnerApplication application = byToken(number, token, true);
        if (application.getStatus() != ApplicationStatus.RETURNED) {
            application.getStatus().after(ApplicationAction.RESUBMIT);
        }
        Content content = check(form, application.getDocuments().size() + (fileKeys == null ? 0 : fileKeys.size()));
        CreditCode code = content.organisation.creditCode();
        if (!code.value().equals(application.getOrganisation().getCreditCode()) || application.getKind() == ApplicationKind.NEW) {
            refuseDuplicateOtherThan(code, application);
        }
        Instant now = clock.instant();
        application.resubmit(content.organisation, content.serviceRegions, content.categories, PrivacyNotice.VERSION, now);
        attachAll(application, fileKeys, now);
        flushOrDuplicate();
        audit.record(Actor.anonymous(clientAddress), AuditAction.APPLICATION_SUBMITTED, "application", number,
                AuditOutcome.SUCCESS, "resubmitted; consent " + PrivacyNotice.VERSION);
        submitted.fire(new ApplicationSubmitted(number, content.organisation.getName(), true));
        return toView(application, cipher);
    }

    /** A document added through the status link (the API's way; the form attaches them on submission). */
    public ApplicationView.Document attach(String number, String token, byte[] content, String originalName) {
        PartnerApplication application = byToken(number, token, true);
        if (!application.getStatus().isOpen()) {
            throw new org.partnerhub.domain.shared.ConflictException(
                    Message.of("application.documents.closed", application.getStatus()));
        }
        if (application.getDocuments().size() >= PartnerApplication.MAX_DOCUMENTS) {
            throw InvalidInputException.of("documents", "document.tooMany", PartnerApplication.MAX_DOCUMENTS);
        }
        requireRoom(application, content == null ? 0 : content.length);
        StoredFileRef stored = storeOrField(content, originalName, "documents");
        ApplicationDocument document = application.attach(files.claim(stored.key()), clock.instant());
        partners.flush();
        return toDocument(document);
    }

    public FileContent document(String number, String token, Long documentId) {
        return content(byToken(number, token, false), documentId);
    }

    /** The applicant of an admitted application chooses the first account's password (once). */
    public void setAccountPassword(String number, String token, String password, String clientAddress) {
        PartnerApplication application = byToken(number, token, true);
        application.accountPasswordSet(clock.instant());
        partnerAccounts.setFirstPassword(application.getAccountUsername(), password, clientAddress);
    }

    // ------------------------------------------------------------------ the reviewer

    public Page<ApplicationSummary> queue(Actor actor, ApplicationQuery query, PageRequest page) {
        access.require(actor, Permission.REVIEW_APPLICATIONS);
        return partners.findApplications(query, page).map(a -> new ApplicationSummary(a.getNumber(), a.getKind(),
                a.getStatus(), a.getOrganisation().getName(), a.getOrganisation().getType(),
                a.getOrganisation().getCreditCode(), a.getOrganisation().getHomeRegionCode().value(),
                a.getOrganisation().getContactPhoneMasked(), a.getSubmittedAt(), a.getDocuments().size()));
    }

    /** The whole application for a reviewer; reading its contact phone is audited. */
    public ApplicationView review(Actor actor, String number) {
        access.require(actor, Permission.REVIEW_APPLICATIONS);
        PartnerApplication application = find(number, false);
        audit.record(actor, AuditAction.PERSONAL_DATA_VIEWED, "application", number, AuditOutcome.SUCCESS,
                "contact phone");
        return toView(application, cipher);
    }

    public FileContent reviewDocument(Actor actor, String number, Long documentId) {
        access.require(actor, Permission.REVIEW_APPLICATIONS);
        FileContent content = content(find(number, false), documentId);
        audit.record(actor, AuditAction.PERSONAL_DATA_VIEWED, "application", number, AuditOutcome.SUCCESS,
                "document " + documentId);
        return content;
    }

    /**
     * Admit, return or reject, with a reason. Admitting a new application creates the partner and its first account;
     * admitting a change renames the partner. Every decision is in the application's history and the audit log.
     */
    public ApplicationView decide(Actor actor, String number, ApplicationAction decision, String reason) {
        access.require(actor, Permission.REVIEW_APPLICATIONS);
        if (decision == null || !decision.isDecision()) {
            throw InvalidInputException.of("decision", "application.decision.unknown");
        }
        PartnerApplication application = find(number, true);
        Instant now = clock.instant();
        try {
            application.decide(decision, actor.username(), reason, now);
        } catch (RuleViolationException e) {
            throw new InvalidInputException(new FieldError("reason", null, e.message()));
        }
        if (decision == ApplicationAction.ADMIT) {
            admit(actor, application, now);
        }
        flushOrDuplicate();
        audit.record(actor, AuditAction.DECISION, "application", number, AuditOutcome.SUCCESS,
                decision + ": " + Text.clean(reason));
        return toView(application, cipher);
    }

    private void admit(Actor actor, PartnerApplication application, Instant now) {
        if (application.getKind() == ApplicationKind.CHANGE) {
            Partner partner = partners.findPartnerForUpdate(application.getPartnerId()).orElseThrow();
            refuseCurrentPartnerOtherThan(application.getOrganisation().creditCode(), partner.getId());
            partner.changeIdentity(application, actor.username(), now);
            searchIndex.put(partner);
            renamed.fire(new PartnerRenamed(partner.getId(), partner.getOrganisation().getName()));
            return;
        }
        if (partners.findCurrentPartner(application.getOrganisation().creditCode()).isPresent()) {
            throw new org.partnerhub.domain.shared.ConflictException(Message.of("application.alreadyPartner"));
        }
        List<ServiceArea> areas = new ArrayList<>();
        for (RegionCode code : application.getServiceRegionCodes()) {
            areas.add(new ServiceArea(regions.findByCode(code).orElseThrow()));
        }
        Partner partner = Partner.admit(application, areas, actor.username(), now);
        partners.addPartner(partner);
        searchIndex.put(partner);
        String username = partnerAccounts.createFirstAccount(actor, partner.getId(),
                application.getOrganisation().getCreditCode(), application.getOrganisation().getContactName());
        application.admitted(partner.getId(), username);
    }

    // ------------------------------------------------------------------ shared

    /**
     * Checks a form without submitting it (the page does, to report bad fields and bad files together); throws the
     * invalid fields.
     */
    public void validate(ApplicationForm form, int documents) {
        check(form, documents);
    }

    /** The checked content of a form: every field problem is collected, then all are reported together. */
    record Content(Organisation organisation, List<RegionCode> serviceRegions, List<CategoryCode> categories) {}

    Content check(ApplicationForm form, int documents) {
        List<FieldError> errors = new ArrayList<>();
        String name = required(form.name(), "name", Organisation.NAME_MAX, errors);
        if (form.type() == null) {
            errors.add(FieldError.of("type", "text.required"));
        }
        CreditCode code = null;
        try {
            code = CreditCode.of(form.creditCode());
        } catch (InvalidValueException e) {
            errors.add(new FieldError("creditCode", null, e.message()));
        }
        String legal = required(form.legalRepresentative(), "legalRepresentative", Organisation.PERSON_MAX, errors);
        String contact = required(form.contactName(), "contactName", Organisation.PERSON_MAX, errors);
        PhoneNumber phone = null;
        try {
            phone = PhoneNumber.of(form.contactPhone());
        } catch (InvalidValueException e) {
            errors.add(new FieldError("contactPhone", null, e.message()));
        }
        Region home = region(form.homeRegionCode(), "homeRegionCode", errors);
        List<RegionCode> areas = new ArrayList<>();
        List<String> areaCodes = form.serviceRegionCodes() == null ? List.of() : form.serviceRegionCodes();
        if (areaCodes.isEmpty()) {
            errors.add(FieldError.of("serviceRegionCodes", "application.serviceRegions.count",
                    PartnerApplication.MAX_SERVICE_REGIONS));
        } else if (areaCodes.size() > PartnerApplication.MAX_SERVICE_REGIONS) {
            errors.add(FieldError.of("serviceRegionCodes", "application.serviceRegions.count",
                    PartnerApplication.MAX_SERVICE_REGIONS));
        } else {
            for (String raw : areaCodes) {
                Region area = region(raw, "serviceRegionCodes", errors);
                if (area != null) {
                    areas.add(area.getCode());
                }
            }
        }
        List<CategoryCode> chosen = new ArrayList<>();
        List<String> categoryCodes = form.categoryCodes() == null ? List.of() : form.categoryCodes();
        if (categoryCodes.isEmpty() || categoryCodes.size() > PartnerApplication.MAX_CATEGORIES) {
            errors.add(FieldError.of("categoryCodes", "application.categories.count", PartnerApplication.MAX_CATEGORIES));
        } else {
            for (String raw : categoryCodes) {
                Category category = category(raw, errors);
                if (category != null) {
                    chosen.add(category.getCode());
                }
            }
        }
        String introduction = required(form.introduction(), "introduction", Organisation.INTRODUCTION_MAX, errors);
        if (!Boolean.TRUE.equals(form.consent())) {
            errors.add(FieldError.of("consent", "application.consent.required"));
        }
        if (documents > PartnerApplication.MAX_DOCUMENTS) {
            errors.add(FieldError.of("documents", "document.tooMany", PartnerApplication.MAX_DOCUMENTS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation organisation = new Organisation(name, form.type(), code, legal, contact,
                cipher.seal(phone.value(), PHONE_PURPOSE), phone.masked(), home.getCode(), introduction);
        return new Content(organisation, areas, chosen);
    }

    private static String required(String raw, String field, int max, List<FieldError> errors) {
        String value = Text.clean(raw);
        if (value == null) {
            errors.add(FieldError.of(field, "text.required"));
            return null;
        }
        if (Text.length(value) > max) {
            errors.add(FieldError.of(field, "text.tooLong", max));
            return null;
        }
        return value;
    }

    private Region region(String raw, String field, List<FieldError> errors) {
        if (Text.clean(raw) == null) {
            errors.add(FieldError.of(field, "text.required"));
            return null;
        }
        try {
            return regions.findByCode(RegionCode.of(raw)).orElseGet(() -> {
                errors.add(FieldError.of(field, "region.notFound", raw));
                return null;
            });
        } catch (InvalidValueException e) {
            errors.add(FieldError.of(field, "region.notFound", raw));
            return null;
        }
    }

    private Category category(String raw, List<FieldError> errors) {
        try {
            return categories.findByCode(CategoryCode.of(raw)).orElseGet(() -> {
                errors.add(FieldError.of("categoryCodes", "category.notFound", raw));
                return null;
            });
        } catch (InvalidValueException e) {
            errors.add(FieldError.of("categoryCodes", "category.notFound", String.valueOf(raw)));
            return null;
        }
    }

    private void refuseDuplicate(CreditCode code) {
        if (partners.findOpenApplication(code).isPresent()) {
            throw InvalidInputException.of("creditCode", "application.duplicate.open");
        }
        if (partners.findCurrentPartner(code).isPresent()) {
            throw InvalidInputException.of("creditCode", "application.duplicate.partner");
        }
    }

    private void refuseDuplicateOtherThan(CreditCode code, PartnerApplication self) {
        partners.findOpenApplication(code).filter(other -> !other.getNumber().equals(self.getNumber()))
                .ifPresent(other -> {
                    throw InvalidInputException.of("creditCode", "application.duplicate.open");
                });
        if (self.getKind() == ApplicationKind.NEW && partners.findCurrentPartner(code).isPresent()) {
            throw InvalidInputException.of("creditCode", "application.duplicate.partner");
        }
    }

    private void refuseCurrentPartnerOtherThan(CreditCode code, Long partnerId) {
        partners.findCurrentPartner(code).filter(p -> !p.getId().equals(partnerId)).ifPresent(p -> {
            throw new org.partnerhub.domain.shared.ConflictException(Message.of("application.alreadyPartner"));
        });
    }

    private void attachAll(PartnerApplication application, List<String> fileKeys, Instant now) {
        if (fileKeys == null) {
            return;
        }
        for (String key : fileKeys) {
            try {
                StoredFileRef file = files.claim(key);
                requireRoom(application, file.size());
                application.attach(file, now);
            } catch (InvalidValueException e) {
                throw new InvalidInputException(new FieldError("documents", null, e.message()));
            } catch (RuleViolationException e) {
                throw new InvalidInputException(new FieldError("documents", null, e.message()));
            }
        }
    }

    /** Refuses a document that would take the application's documents beyond what one application may hold. */
    private void requireRoom(PartnerApplication application, long more) {
        long held = application.getDocuments().stream().mapToLong(ApplicationDocument::getSize).sum();
        if (held + more > maxApplicationBytes) {
            throw InvalidInputException.of("documents", "document.totalTooLarge", maxApplicationBytes / (1024 * 1024));
        }
    }

    private StoredFileRef storeOrField(byte[] content, String name, String field) {
        try {
            return files.store(content, name);
        } catch (InvalidValueException e) {
            throw new InvalidInputException(new FieldError(field, null, e.message()));
        }
    }

    private void add(PartnerApplication application) {
        partners.addApplication(application);
        flushOrDuplicate();
    }

    /** Two submissions of one credit code at the same moment: the database's unique key decides, the second is told. */
    private void flushOrDuplicate() {
        try {
            partners.flush();
        } catch (PersistenceException e) {
            throw InvalidInputException.of("creditCode", "application.duplicate.open");
        }
    }

    private PartnerApplication byToken(String number, String token, boolean forUpdate) {
        PartnerApplication application = find(number, forUpdate);
        if (token == null || !application.tokenMatches(PasswordHasher.sha256(token))) {
            throw notFound(number);
        }
        return application;
    }

    private PartnerApplication find(String number, boolean forUpdate) {
        if (number == null) {
            throw notFound(null);
        }
        return (forUpdate ? partners.findApplicationForUpdate(number) : partners.findApplication(number))
                .orElseThrow(() -> notFound(number));
    }

    private static BusinessException notFound(String number) {
        return new NotFoundException(Message.of("application.notFound", number == null ? "" : number));
    }

    private FileContent content(PartnerApplication application, Long documentId) {
        ApplicationDocument document = application.getDocuments().stream()
                .filter(d -> d.getId().equals(documentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("document.notFound")));
        StoredFile file = files.read(document.getFileKey())
                .orElseThrow(() -> new NotFoundException(Message.of("document.notFound")));
        return new FileContent(document.getOriginalName(), document.getContentType(), file.getContent());
    }

    /** {@code PA-2026-000123}: the year in the district's time zone and a yearly sequence. */
    String nextNumber(Instant now) {
        int year = now.atZone(DISTRICT_ZONE).getYear();
        return String.format("PA-%d-%06d", year, partners.nextInSequence("partner-application", year));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "st_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    ApplicationView toView(PartnerApplication a, PersonalDataCipher openWith) {
        Organisation o = a.getOrganisation();
        return new ApplicationView(a.getNumber(), a.getKind(), a.getStatus(), o.getName(), o.getType(), o.getCreditCode(),
                o.getLegalRepresentative(), o.getContactName(), openWith.open(o.getContactPhoneSealed(), PHONE_PURPOSE),
                named(o.getHomeRegionCode()), a.getServiceRegionCodes().stream().map(this::named).toList(),
                a.getCategoryCodes().stream().map(this::named).toList(), o.getIntroduction(), a.getConsentVersion(),
                a.getConsentAt(), a.getSubmittedAt(), a.getDecidedAt(), a.getDecisionReason(),
                a.getHistory().stream().map(e -> new ApplicationView.Step(e.getOccurredAt(), e.getKind(), e.getFromStatus(),
                        e.getToStatus(), e.getReason(), e.getActorName())).toList(),
                a.getDocuments().stream().map(OnboardingService::toDocument).toList(), a.getPartnerId(),
                a.getAccountUsername(), a.isAccountPasswordSet(), a.getStatus().allowedActions(), a.getVersion());
    }

    CodedName named(RegionCode code) {
        return regionNames.named(code);
    }

    CodedName named(CategoryCode code) {
        return categoryNames.named(code);
    }

    private static ApplicationView.Document toDocument(ApplicationDocument d) {
        return new ApplicationView.Document(d.getId(), d.getOriginalName(), d.getContentType(), d.getSize(),
                d.getUploadedAt());
    }
}
