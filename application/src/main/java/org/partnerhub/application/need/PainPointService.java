package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.need.PainPoint;
import org.partnerhub.domain.need.PainPointAction;
import org.partnerhub.domain.need.PainPointQuery;
import org.partnerhub.domain.need.PainPointRepository;
import org.partnerhub.domain.need.PainPointStatus;
import org.partnerhub.domain.need.Visibility;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.ChineseText;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.VersionRequiredException;

/**
 * The streets' governance pain points (治理痛点清单): each street publishes and keeps its own list, with the same
 * history rules as needs. Published and resolved ones are public; drafts and closed ones are the street's.
 */
@ApplicationScoped
@Transactional
public class PainPointService {

    @Inject
    PainPointRepository points;

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

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

    public PainPointView create(Actor actor, PainPointForm form) {
        access.require(actor, Permission.EDIT_PAIN_POINTS);
        List<FieldError> errors = new ArrayList<>();
        Region street = places.region(form.streetCode(), RegionLevel.STREET, "streetCode", "painPoint.street.level",
                errors);
        if (street != null && !actor.covers(street)) {
            access.deny(actor, "painPoint", street.getCode().value());
        }
        CategoryCode category = places.category(form.categoryCode(), "categoryCode", errors);
        for (FieldError error : PainPoint.check(category, form.title(), form.description())) {
            if (errors.stream().noneMatch(f -> f.field().equals(error.field()))) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        PainPoint point = PainPoint.record(street.getCode(), street.getPath(), category, form.title(),
                form.description(), NeedService.recorder(actor), false, now);
        points.add(point);
        if (form.publish()) {
            // after the CREATED entry is written, so that the history (ordered by time, then id) has it as the older one
            point.apply(PainPointAction.PUBLISH, NeedService.recorder(actor), null, now);
            points.flush();
        }
        audit.record(actor, AuditAction.PAIN_POINT_CHANGED, "painPoint", point.getId(), AuditOutcome.SUCCESS, "created");
        return view(actor, point, names(List.of(point)));
    }

    public PainPointView get(Actor actor, Long id) {
        PainPoint point = readable(actor, id);
        return view(actor, point, names(List.of(point)));
    }

    public List<TraceEntry> history(Actor actor, Long id) {
        access.requireSignedIn(actor);
        PainPoint point = readable(actor, id);
        Visibility seen = rules.visibility(actor);
        if (!seen.all() && !point.isWithin(seen.regionPath())) {
            access.deny(actor, "painPoint", id);
        }
        return TraceEntry.all(point.getHistory());
    }

    public Page<PainPointView> list(Actor actor, String region, String category, PainPointStatus status, String q,
            Instant updatedSince, PageRequest page) {
        List<FieldError> errors = new ArrayList<>();
        String path = null;
        if (region != null && !region.isBlank()) {
            path = places.find(region).map(Region::getPath).orElse(null);
            if (path == null) {
                errors.add(FieldError.of("region", "region.notFound", region.strip()));
            }
        }
        CategoryCode categoryCode = category == null || category.isBlank() ? null
                : places.category(category, "category", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Visibility seen = rules.visibility(actor);
        Page<PainPoint> found = points.find(new PainPointQuery(path, categoryCode, status, ChineseText.terms(q),
                updatedSince, new Visibility(seen.all(), seen.regionPath(), null)), page);
        NameBook names = names(found.items());
        return found.map(p -> view(actor, p, names));
    }

    public PainPointView edit(Actor actor, Long id, Long expectedVersion, PainPointForm form) {
        access.require(actor, Permission.EDIT_PAIN_POINTS);
        PainPoint point = points.find(id).orElseThrow(() -> notFound(id));
        requireOwner(actor, point);
        if (expectedVersion == null) {
            throw new VersionRequiredException();
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.streetCode() != null && !form.streetCode().isBlank()
                && !form.streetCode().strip().equals(point.getStreetCode().value())) {
            errors.add(FieldError.of("streetCode", "painPoint.street.fixed"));
        }
        CategoryCode category = places.category(form.categoryCode(), "categoryCode", errors);
        for (FieldError error : PainPoint.check(category, form.title(), form.description())) {
            if (errors.stream().noneMatch(f -> f.field().equals(error.field()))) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PainPoint locked = points.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (locked.getVersion() != expectedVersion.longValue()) {
            throw new StaleEditException();
        }
        if (locked.edit(category, form.title(), form.description(), NeedService.recorder(actor), clock.instant())) {
            audit.record(actor, AuditAction.PAIN_POINT_CHANGED, "painPoint", id, AuditOutcome.SUCCESS, "edited");
        }
        points.flush();
        return view(actor, locked, names(List.of(locked)));
    }

    public PainPointView transition(Actor actor, Long id, PainPointAction action, String reason) {
        access.require(actor, Permission.EDIT_PAIN_POINTS);
        if (action == null) {
            throw InvalidInputException.of("action", "param.enum", "", "PUBLISH, RESOLVE, CLOSE, REOPEN");
        }
        PainPoint point = readable(actor, id);
        requireOwner(actor, point);
        PainPoint locked = points.findForUpdate(id).orElseThrow(() -> notFound(id));
        try {
            locked.apply(action, NeedService.recorder(actor), reason, clock.instant());
        } catch (RuleViolationException e) {
            throw new InvalidInputException(new FieldError("reason", null, e.message()));
        }
        points.flush();
        audit.record(actor, AuditAction.PAIN_POINT_CHANGED, "painPoint", id, AuditOutcome.SUCCESS, action.name());
        return view(actor, locked, names(List.of(locked)));
    }

    private void requireOwner(Actor actor, PainPoint point) {
        if (!actor.covers(point.getRegionPath())) {
            access.deny(actor, "painPoint", point.getId());
        }
    }

    private PainPoint readable(Actor actor, Long id) {
        return points.find(id).filter(p -> mayRead(actor, p)).orElseThrow(() -> notFound(id));
    }

    private boolean mayRead(Actor actor, PainPoint point) {
        if (PainPointStatus.PUBLIC.contains(point.getStatus())) {
            return true;
        }
        Visibility seen = rules.visibility(actor);
        return seen.all() || point.isWithin(seen.regionPath());
    }

    private PainPointView view(Actor actor, PainPoint p, NameBook names) {
        boolean owner = actor != null && Permission.EDIT_PAIN_POINTS.grantedTo(actor.role())
                && actor.covers(p.getRegionPath());
        Set<PainPointAction> allowed = EnumSet.noneOf(PainPointAction.class);
        if (owner) {
            for (PainPointAction action : PainPointAction.values()) {
                if (action.allowedFrom(p.getStatus())) {
                    allowed.add(action);
                }
            }
        }
        return new PainPointView(p.getId(), p.getVersion(), names.region(p.getStreetCode()),
                names.category(p.getCategoryCode()), p.getTitle(),
                owner ? p.getDescription() : org.partnerhub.domain.shared.PersonalText.mask(p.getDescription()),
                p.getStatus(), owner ? p.getStatusReason()
                        : org.partnerhub.domain.shared.PersonalText.mask(p.getStatusReason()),
                p.getCreatedAt(), p.getUpdatedAt(), allowed,
                owner && p.getStatus() != PainPointStatus.CLOSED);
    }

    private NameBook names(List<PainPoint> list) {
        Set<RegionCode> codes = new HashSet<>();
        list.forEach(p -> codes.add(p.getStreetCode()));
        return new NameBook(regions, codes, categories);
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("painPoint.notFound", id));
    }
}
