package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.PartnerDirectory;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.need.NeedRepository;
import org.partnerhub.domain.need.Visibility;
import org.partnerhub.domain.need.Visit;
import org.partnerhub.domain.need.VisitFormat;
import org.partnerhub.domain.need.VisitQuery;
import org.partnerhub.domain.need.VisitRepository;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.PersonalText;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/**
 * Community visits (社区串门计划): partners and staff record where they went, with whom, and what they heard; the
 * needs found there are recorded from the visit and listed on it. Visits name people, so they are never public:
 * staff see their region's, a partner its own, the district and the auditors all.
 */
@ApplicationScoped
@Transactional
public class VisitService {

    @Inject
    VisitRepository visits;

    @Inject
    NeedRepository needs;

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

    @Inject
    PartnerDirectory partners;

    @Inject
    Places places;

    @Inject
    NeedAccess rules;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public VisitView record(Actor actor, VisitForm form) {
        access.require(actor, Permission.RECORD_VISITS);
        boolean partner = actor.is(Role.PARTNER);
        if (partner && !partners.isActivePartner(actor.partnerId())) {
            access.deny(actor, "visit", null);
        }
        List<FieldError> errors = new ArrayList<>();
        Region community = places.region(form.communityCode(), RegionLevel.COMMUNITY, "communityCode",
                "visit.community.level", errors);
        if (community != null && !partner && !actor.covers(community)) {
            access.deny(actor, "visit", community.getCode().value());
        }
        Instant now = clock.instant();
        errors.addAll(Visit.check(form.visitDate(), form.format(), form.participantCount(), form.participants(),
                form.summary(), DistrictTime.date(now)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Visit visit = Visit.record(community.getCode(), community.getPath(), form.visitDate(), form.format(),
                form.participantCount(), form.participants(), form.summary(), NeedService.recorder(actor),
                DistrictTime.date(now), now);
        visits.add(visit);
        audit.record(actor, AuditAction.VISIT_RECORDED, "visit", visit.getId(), AuditOutcome.SUCCESS,
                community.getCode().value() + " " + visit.getVisitDate());
        return view(actor, visit, names(List.of(visit)));
    }

    public VisitView get(Actor actor, Long id) {
        access.requireSignedIn(actor);
        Visit visit = visits.find(id).filter(v -> mayRead(rules, actor, v))
                .orElseThrow(() -> new NotFoundException(Message.of("visit.notFound", id)));
        if (visit.getParticipants() != null && !visit.getParticipants().isBlank()) {
            // the participants are personal data: shown in clear only here, and the reading is audited (issue 18)
            audit.record(actor, AuditAction.PERSONAL_DATA_VIEWED, "visit", id, AuditOutcome.SUCCESS, "participants");
        }
        return view(actor, visit, names(List.of(visit)));
    }

    public Page<VisitView> list(Actor actor, String region, VisitFormat format, LocalDate from,
            LocalDate to, PageRequest page) {
        access.requireSignedIn(actor);
        String path = null;
        if (region != null && !region.isBlank()) {
            path = places.find(region).map(Region::getPath)
                    .orElseThrow(() -> InvalidInputException.of("region", "region.notFound", region.strip()));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "range.order");
        }
        Visibility visibility = rules.visibility(actor);
        if (!visibility.all() && visibility.regionPath() == null && visibility.partnerId() == null) {
            access.deny(actor, "visit", null);
        }
        Page<Visit> found = visits.find(new VisitQuery(path, format, from, to, visibility), page);
        NameBook names = names(found.items());
        return found.map(v -> new VisitView(v.getId(), names.region(v.getCommunityCode()),
                names.region(NameBook.parentIn(v.getRegionPath())), v.getVisitDate(), v.getFormat(),
                v.getParticipantCount(), PersonalText.mask(v.getParticipants()), PersonalText.mask(v.getSummary()),
                v.getRecordedBy(), v.getRecordedByName(), v.getRecordedByPartnerId(), v.getCreatedAt(), List.of(),
                false));
    }

    /** Whether the reader may see this visit: its region's staff, the partner that made it, the district, auditors. */
    static boolean mayRead(NeedAccess rules, Actor actor, Visit visit) {
        Visibility seen = rules.visibility(actor);
        return seen.all() || (seen.regionPath() != null && visit.getRegionPath().startsWith(seen.regionPath()))
                || (seen.partnerId() != null && seen.partnerId().equals(visit.getRecordedByPartnerId()));
    }

    private VisitView view(Actor actor, Visit v, NameBook names) {
        List<VisitView.NeedLine> found = needs.findByVisit(v.getId()).stream().filter(n -> rules.mayRead(actor, n))
                .map(n -> new VisitView.NeedLine(n.getId(), n.getTitle(), n.getStatus())).toList();
        boolean mayAdd = rules.owns(actor, v.getRegionPath())
                || (actor.is(Role.PARTNER) && actor.partnerId() != null
                        && actor.partnerId().equals(v.getRecordedByPartnerId()));
        return new VisitView(v.getId(), names.region(v.getCommunityCode()), names.region(NameBook.parentIn(v.getRegionPath())),
                v.getVisitDate(), v.getFormat(), v.getParticipantCount(), v.getParticipants(), v.getSummary(),
                v.getRecordedBy(), v.getRecordedByName(), v.getRecordedByPartnerId(), v.getCreatedAt(), found, mayAdd);
    }

    private NameBook names(List<Visit> list) {
        Set<RegionCode> codes = new HashSet<>();
        for (Visit v : list) {
            codes.add(v.getCommunityCode());
            RegionCode street = NameBook.parentIn(v.getRegionPath());
            if (street != null) {
                codes.add(street);
            }
        }
        return new NameBook(regions, codes, categories);
    }
}
