package org.partnerhub.application.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.account.PasswordHasher;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.partner.ApplicationKind;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.Organisation;
import org.partnerhub.domain.partner.Partner;
import org.partnerhub.domain.partner.PartnerApplication;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.partner.PartnerRepository;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Sealed;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.Text;

/**
 * The resource library (资源库): the public directory of active partners, each partner's own profile (edited by its
 * users, every change in the history), identity changes sent back to review, and the district's suspensions,
 * reinstatements and removals.
 */
@ApplicationScoped
@Transactional
public class PartnerService {

    @Inject
    PartnerRepository partners;

    @Inject
    PartnerIndexing searchIndex;

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

    @Inject
    OnboardingService onboarding;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    PartnerEvents partnerEvents;

    @Inject
    jakarta.enterprise.event.Event<PartnerStandingChanged> standing;

    @Inject
    Clock clock;

    /** The public library: active partners only, public fields only. */
    public Page<PartnerView> directory(PartnerQuery query, PageRequest page) {
        PartnerQuery listed = new PartnerQuery(query.type(), query.servesPath(), query.category(), query.text(), true);
        Page<Partner> found = partners.findPartners(listed, page);
        // the page's region and category names in one statement, not one per partner and region
        Set<RegionCode> codes = new java.util.HashSet<>();
        for (Partner p : found.items()) {
            codes.add(p.getOrganisation().getHomeRegionCode());
            p.getServiceAreas().forEach(a -> codes.add(a.getRegionCode()));
        }
        NameBook names = new NameBook(regions, codes, categories);
        return found.map(p -> publicView(p, names));
    }

    private PartnerView publicView(Partner p, NameBook names) {
        Organisation o = p.getOrganisation();
        return new PartnerView(p.getId(), o.getName(), o.getType(), o.getCreditCode(), names.region(o.getHomeRegionCode()),
                p.getServiceAreas().stream().map(a -> names.region(a.getRegionCode())).toList(),
                p.getCategoryCodes().stream().map(names::category).toList(), o.getIntroduction(),
                o.getContactPhoneMasked(), p.getAdmittedAt(), p.getStatus(), p.getUpdatedAt(), p.getVersion(), null, null,
                null, Set.of());
    }

    /** A region's path, for the "serves this region" filter; an unknown code is a 400 naming the parameter. */
    public String regionPath(String code, String field) {
        try {
            return regions.findByCode(RegionCode.of(code)).map(Region::getPath)
                    .orElseThrow(() -> InvalidInputException.of(field, "region.notFound", code));
        } catch (InvalidValueException e) {
            throw InvalidInputException.of(field, "region.notFound", code);
        }
    }

    /**
     * One partner: the public view of an active partner for everyone; the full view for the partner's own users and
     * the district (the district's reading of the contact phone is audited); others get not-found for a partner that
     * is not listed.
     */
    public PartnerView get(Actor actor, Long id) {
        Partner partner = partners.findPartner(id).orElseThrow(() -> notFound(id));
        boolean own = actor != null && actor.belongsToPartner(id);
        boolean district = actor != null && Permission.MANAGE_PARTNERS.grantedTo(actor.role());
        if (own || district) {
            if (district && !own) {
                audit.record(actor, AuditAction.PERSONAL_DATA_VIEWED, "partner", id, AuditOutcome.SUCCESS, "contact phone");
            }
            return fullView(partner, actor);
        }
        if (!partner.isListed()) {
            throw notFound(id);
        }
        return publicView(partner);
    }

    public List<PartnerHistoryLine> history(Actor actor, Long id) {
        requireOwnOrDistrict(actor, id);
        Partner partner = partners.findPartner(id).orElseThrow(() -> notFound(id));
        return partner.getHistory().stream()
                .map(e -> new PartnerHistoryLine(e.getOccurredAt(), e.getAction(), e.getActorName(), e.getDetail(),
                        e.getReason()))
                .toList();
    }

    /** The partner's own edit; {@code expectedVersion} guards against overwriting a change made meanwhile. */
    public PartnerView editProfile(Actor actor, Long id, long expectedVersion, ProfileChange change) {
        access.requirePartner(actor, id, "partner");
        Partner partner = partners.findPartnerForUpdate(id).orElseThrow(() -> notFound(id));
        if (partner.getVersion() != expectedVersion) {
            throw new StaleEditException();
        }
        List<FieldError> errors = new ArrayList<>();
        String contact = Text.clean(change.contactName());
        if (contact == null) {
            errors.add(FieldError.of("contactName", "text.required"));
        } else if (Text.length(contact) > Organisation.PERSON_MAX) {
            errors.add(FieldError.of("contactName", "text.tooLong", Organisation.PERSON_MAX));
        }
        PhoneNumber phone = null;
        try {
            phone = PhoneNumber.of(change.contactPhone());
        } catch (InvalidValueException e) {
            errors.add(new FieldError("contactPhone", null, e.message()));
        }
        String introduction = Text.clean(change.introduction());
        if (introduction == null) {
            errors.add(FieldError.of("introduction", "text.required"));
        } else if (Text.length(introduction) > Organisation.INTRODUCTION_MAX) {
            errors.add(FieldError.of("introduction", "text.tooLong", Organisation.INTRODUCTION_MAX));
        }
        ApplicationForm asForm = new ApplicationForm(partner.getOrganisation().getName(), partner.getOrganisation().getType(),
                partner.getOrganisation().getCreditCode(), partner.getOrganisation().getLegalRepresentative(), contact,
                change.contactPhone(), partner.getOrganisation().getHomeRegionCode().value(), change.serviceRegionCodes(),
                change.categoryCodes(), introduction, true);
        List<ServiceArea> areas = new ArrayList<>();
        List<CategoryCode> categories = new ArrayList<>();
        try {
            var content = onboarding.check(asForm, 0);
            for (RegionCode code : content.serviceRegions()) {
                areas.add(new ServiceArea(regions.findByCode(code).orElseThrow()));
            }
            categories.addAll(content.categories());
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                if (errors.stream().noneMatch(f -> f.field().equals(error.field()))) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String current = cipher.open(partner.getOrganisation().getContactPhoneSealed(), OnboardingService.PHONE_PURPOSE);
        Sealed sealed = phone.value().equals(current) ? partner.getOrganisation().getContactPhoneSealed()
                : cipher.seal(phone.value(), OnboardingService.PHONE_PURPOSE);
        Organisation edited = partner.getOrganisation().withContact(contact, sealed, phone.masked(), introduction);
        Instant now = clock.instant();
        if (partner.editProfile(edited, areas, categories, actor.username(), now)) {
            searchIndex.put(partner);
            partnerEvents.partner("changed", partner);
            audit.record(actor, AuditAction.PARTNER_CHANGED, "partner", id, AuditOutcome.SUCCESS, "profile edited");
        }
        return fullView(partner, actor);
    }

    /**
     * A new name or credit code goes back to review: a change application (kind CHANGE) enters the district's queue;
     * the partner keeps its current identity until it is admitted.
     *
     * @return the change application's number
     */
    public String requestIdentityChange(Actor actor, Long id, String newName, String newCreditCode) {
        access.requirePartner(actor, id, "partner");
        Partner partner = partners.findPartnerForUpdate(id).orElseThrow(() -> notFound(id));
        if (!partner.isListed()) {
            throw new RuleViolationException(Message.of("partner.closed", partner.getStatus()));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = Text.clean(newName);
        if (name == null) {
            errors.add(FieldError.of("name", "text.required"));
        } else if (Text.length(name) > Organisation.NAME_MAX) {
            errors.add(FieldError.of("name", "text.tooLong", Organisation.NAME_MAX));
        }
        CreditCode code = null;
        try {
            code = CreditCode.of(newCreditCode);
        } catch (InvalidValueException e) {
            errors.add(new FieldError("creditCode", null, e.message()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation current = partner.getOrganisation();
        if (name.equals(current.getName()) && code.value().equals(current.getCreditCode())) {
            throw InvalidInputException.of("name", "partner.identity.unchanged");
        }
        if (partners.findOpenApplication(code).isPresent()
                || partners.findOpenApplication(current.creditCode()).isPresent()) {
            throw InvalidInputException.of("creditCode", "application.duplicate.open");
        }
        if (!code.value().equals(current.getCreditCode()) && partners.findCurrentPartner(code).isPresent()) {
            throw InvalidInputException.of("creditCode", "application.duplicate.partner");
        }
        Instant now = clock.instant();
        List<RegionCode> areas = partner.getServiceAreas().stream().map(ServiceArea::getRegionCode).toList();
        PartnerApplication change = PartnerApplication.submit(onboarding.nextNumber(now), ApplicationKind.CHANGE, id,
                current.withIdentity(name, code), areas, partner.getCategoryCodes(), PrivacyNotice.VERSION,
                PasswordHasher.sha256(java.util.UUID.randomUUID().toString()), now);
        partners.addApplication(change);
        partners.flush();
        audit.record(actor, AuditAction.APPLICATION_SUBMITTED, "application", change.getNumber(), AuditOutcome.SUCCESS,
                "identity change of partner " + id);
        partnerEvents.applicationSubmitted(change, false);
        return change.getNumber();
    }

    /** Suspend, reinstate, remove (the district) or withdraw (the partner itself), with a reason. */
    public PartnerView transition(Actor actor, Long id, PartnerStatus.Action action, String reason) {
        // only the district or the partner itself may act at all; which act each may take is checked below
        requireOwnOrDistrict(actor, id);
        if (action == null) {
            throw InvalidInputException.of("action", "param.enum", "", "SUSPEND, REINSTATE, REMOVE, WITHDRAW");
        }
        if (action.byPartner()) {
            access.requirePartner(actor, id, "partner");
        } else {
            access.require(actor, Permission.MANAGE_PARTNERS);
        }
        Partner partner = partners.findPartnerForUpdate(id).orElseThrow(() -> notFound(id));
        try {
            partner.apply(action, actor.username(), reason, clock.instant());
        } catch (RuleViolationException e) {
            throw new InvalidInputException(new FieldError("reason", null, e.message()));
        }
        standing.fire(new PartnerStandingChanged(id, partner.isListed()));
        partnerEvents.partner(switch (action) {
            case SUSPEND -> "suspended";
            case REINSTATE -> "reinstated";
            case REMOVE -> "removed";
            case WITHDRAW -> "withdrawn";
        }, partner);
        audit.record(actor, AuditAction.PARTNER_CHANGED, "partner", id, AuditOutcome.SUCCESS,
                action + ": " + Text.clean(reason));
        return fullView(partner, actor);
    }

    private void requireOwnOrDistrict(Actor actor, Long id) {
        access.requireSignedIn(actor);
        if (!actor.belongsToPartner(id) && !Permission.MANAGE_PARTNERS.grantedTo(actor.role())) {
            access.deny(actor, "partner", id);
        }
    }

    private PartnerView publicView(Partner p) {
        Organisation o = p.getOrganisation();
        return new PartnerView(p.getId(), o.getName(), o.getType(), o.getCreditCode(), onboarding.named(o.getHomeRegionCode()),
                p.getServiceAreas().stream().map(a -> onboarding.named(a.getRegionCode())).toList(),
                p.getCategoryCodes().stream().map(onboarding::named).toList(), o.getIntroduction(),
                o.getContactPhoneMasked(), p.getAdmittedAt(), p.getStatus(), p.getUpdatedAt(), p.getVersion(), null, null,
                null, Set.of());
    }

    private PartnerView fullView(Partner p, Actor actor) {
        Organisation o = p.getOrganisation();
        Set<PartnerStatus.Action> allowed = EnumSet.noneOf(PartnerStatus.Action.class);
        for (PartnerStatus.Action action : PartnerStatus.Action.values()) {
            boolean mayAct = action.byPartner() ? actor.belongsToPartner(p.getId())
                    : Permission.MANAGE_PARTNERS.grantedTo(actor.role());
            if (mayAct && p.getStatus().allows(action)) {
                allowed.add(action);
            }
        }
        return new PartnerView(p.getId(), o.getName(), o.getType(), o.getCreditCode(), onboarding.named(o.getHomeRegionCode()),
                p.getServiceAreas().stream().map(a -> onboarding.named(a.getRegionCode())).toList(),
                p.getCategoryCodes().stream().map(onboarding::named).toList(), o.getIntroduction(),
                o.getContactPhoneMasked(), p.getAdmittedAt(), p.getStatus(), p.getUpdatedAt(), p.getVersion(),
                o.getContactName(), cipher.open(o.getContactPhoneSealed(), OnboardingService.PHONE_PURPOSE),
                p.getStatusReason(), allowed);
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("partner.notFound", id));
    }
}
