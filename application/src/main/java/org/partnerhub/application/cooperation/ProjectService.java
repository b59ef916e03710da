package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.application.category.CategoryNames;
import org.partnerhub.application.file.FileService;
import org.partnerhub.application.need.NeedCooperation;
import org.partnerhub.application.partner.PartnerStandings;
import org.partnerhub.application.region.RegionNames;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.supply.ItemSummary;
import org.partnerhub.application.supply.SupplyCooperation;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.cooperation.Milestone;
import org.partnerhub.domain.cooperation.PartnershipProject;
import org.partnerhub.domain.cooperation.ProgressReport;
import org.partnerhub.domain.cooperation.ProjectQuery;
import org.partnerhub.domain.cooperation.ProjectRepository;
import org.partnerhub.domain.cooperation.ProjectStatus;
import org.partnerhub.domain.file.StoredFile;
import org.partnerhub.domain.partner.PartnerStanding;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.DocumentType;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.StoredFileRef;

/**
 * Partnership projects (合伙项目): the partner keeps the plan and reports progress (with photos, stored like
 * documents); the community confirms delivery and evaluates, which fulfils the need, frees the item's capacity and
 * tells the matching context ({@link ProjectEvaluated}, in the same transaction); either side may cancel before
 * delivery, which gives the capacity and the drawn budget back and reopens the need; the district picks showcase cases,
 * which everybody reads. The need, its fund and the item are changed through their contexts' APIs
 * ({@link NeedCooperation}, {@link SupplyCooperation}) in this transaction, locked in the order project, (fund,) need,
 * item.
 */
@ApplicationScoped
@Transactional
public class ProjectService {

    /** A photo as uploaded: the name its owner gave it and its bytes. */
    public record Photo(String name, byte[] content) {}

    /** A milestone as a form or a request gives it. */
    public record MilestoneForm(String title, LocalDate dueDate, Boolean done) {}

    @Inject
    ProjectRepository projects;

    @Inject
    CooperationEvents cooperationEvents;

    @Inject
    NeedCooperation needs;

    @Inject
    SupplyCooperation supplies;

    @Inject
    PartnerStandings partners;

    @Inject
    RegionNames regionNames;

    @Inject
    CategoryNames categoryNames;

    @Inject
    FileService files;

    @Inject
    CooperationAccess rules;

    @Inject
    AccessPolicy access;

    @Inject
    Event<CooperationAudit.Done> audited;

    @Inject
    Clock clock;

    @Inject
    Event<ProjectEvaluated> evaluated;

    /** The reader's projects (the district's and auditors': all), and everybody's showcase cases. */
    public Page<ProjectView> list(Actor actor, ProjectStatus status, PageRequest page) {
        access.requireSignedIn(actor);
        boolean all = rules.readsAll(actor);
        Long partner = actor.is(Role.PARTNER) || actor.is(Role.INTEGRATOR) ? actor.partnerId() : null;
        String region = actor.is(Role.PARTNER) ? null : actor.regionPath();
        return views(actor, projects.find(new ProjectQuery(all, partner, region, false, status), page), page);
    }

    /** The showcase cases (public). */
    public Page<ProjectView> showcase(Actor actor, PageRequest page) {
        return views(actor, projects.find(new ProjectQuery(true, null, null, true, null), page), page);
    }

    public ProjectView get(Actor actor, Long id) {
        return view(actor, readable(actor, id));
    }

    /** The partner's plan: text, dates and milestones (If-Match: the version it read, when given). */
    public ProjectView plan(Actor actor, Long id, Long expectedVersion, String plan, LocalDate start, LocalDate end,
            List<MilestoneForm> milestones) {
        PartnershipProject project = locked(actor, id, IntentParty.PARTNER);
        if (expectedVersion != null && expectedVersion != project.getVersion()) {
            throw new StaleEditException();
        }
        List<Milestone> steps = new ArrayList<>();
        if (milestones != null) {
            for (MilestoneForm m : milestones) {
                steps.add(new Milestone(m == null || m.title() == null ? "" : m.title(), m == null ? null : m.dueDate(),
                        m != null && Boolean.TRUE.equals(m.done())));
            }
        }
        project.plan(plan, start, end, steps, clock.instant());
        projects.flush();
        audited.fire(new CooperationAudit.Done(actor, AuditAction.PROJECT_CHANGED, "project", id, "plan"));
        cooperationEvents.project("planned", project);
        return view(actor, project);
    }

    /**
     * A progress report of the partner, with photos (JPEG or PNG, the file store's size limit): every photo is checked
     * before anything is kept.
     */
    public ProjectView report(Actor actor, Long id, String text, Integer peopleServed, List<Photo> photos) {
        PartnershipProject project = locked(actor, id, IntentParty.PARTNER);
        List<FieldError> errors = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Photo> given = photos == null ? List.of() : photos;
        if (given.size() > ProgressReport.PHOTOS_MAX) {
            throw InvalidInputException.of("photos", "project.photos.tooMany", ProgressReport.PHOTOS_MAX);
        }
        for (Photo photo : given) {
            try {
                StoredFileRef stored = files.store(photo.content(), photo.name());
                if (stored.type() == DocumentType.PDF) {
                    errors.add(FieldError.of("photos", "project.photo.type", stored.originalName()));
                    continue;
                }
                keys.add(files.claim(stored.key()).key());
            } catch (InvalidValueException e) {
                errors.add(new FieldError("photos", null, e.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        project.report(text, peopleServed, keys,
                IntentService.recorder(actor), clock.instant());
        projects.flush();
        audited.fire(new CooperationAudit.Done(actor, AuditAction.PROJECT_CHANGED, "project", id, "report"));
        cooperationEvents.project("reported", project);
        return view(actor, project);
    }

    /**
     * The community confirms delivery and evaluates (1–5, a comment): the need is fulfilled, the item's capacity freed,
     * and {@link ProjectEvaluated} fired in this transaction.
     */
    public ProjectView deliver(Actor actor, Long id, Integer rating, String comment) {
        PartnershipProject project = locked(actor, id, IntentParty.COMMUNITY);
        Instant now = clock.instant();
        project.deliver(rating, comment, IntentService.recorder(actor), now);
        needs.fulfil(project.getNeedId(), IntentService.recorder(actor), "#" + id, now);
        supplies.releaseCapacity(project.getSupplyId());
        projects.flush();
        audited.fire(new CooperationAudit.Done(actor, AuditAction.PROJECT_CHANGED, "project", id,
                "delivered, rated " + rating));
        evaluated.fire(new ProjectEvaluated(id, project.getPartnerId(), project.getSupplyId(), project.getCategoryCode(),
                project.getCommunityPath(), project.getRating(), now));
        cooperationEvents.project("delivered", project);
        cooperationEvents.project("evaluated", project);
        return view(actor, project);
    }

    /** Either side stops the project before delivery: capacity and the drawn budget go back, the need is open again. */
    public ProjectView cancel(Actor actor, Long id, String reason) {
        PartnershipProject project = locked(actor, id, null);
        Instant now = clock.instant();
        project.cancel(reason, now);
        // the fund and the need (the need context's act), then the item
        needs.endCooperation(project.getNeedId(), IntentService.recorder(actor),
                "#" + id + ": " + project.getStatusReason(), now);
        supplies.releaseCapacity(project.getSupplyId());
        projects.flush();
        audited.fire(new CooperationAudit.Done(actor, AuditAction.PROJECT_CHANGED, "project", id,
                "cancelled: " + project.getStatusReason()));
        cooperationEvents.project("cancelled", project);
        return view(actor, project);
    }

    /** The district picks a delivered project as a showcase case, or takes it back. */
    public ProjectView showcase(Actor actor, Long id, Boolean shown) {
        access.requireSignedIn(actor);
        if (!rules.selectsShowcases(actor)) {
            access.deny(actor, "project", id);
        }
        if (shown == null) {
            throw InvalidInputException.of("showcase", "text.required");
        }
        PartnershipProject project = projects.findForUpdate(id).orElseThrow(() -> notFound(id));
        project.showcase(shown, IntentService.recorder(actor), clock.instant());
        projects.flush();
        audited.fire(new CooperationAudit.Done(actor, AuditAction.PROJECT_CHANGED, "project", id,
                shown ? "showcase" : "showcase withdrawn"));
        cooperationEvents.project(shown ? "showcased" : "unshowcased", project);
        return view(actor, project);
    }

    /** A photo of one of the project's reports, for a reader of the project. */
    public Optional<StoredFile> photo(Actor actor, Long id, String key) {
        PartnershipProject project = readable(actor, id);
        boolean ofProject = project.getReports().stream().anyMatch(r -> r.getPhotoKeys().contains(key));
        return ofProject ? files.read(key) : Optional.empty();
    }

    /** The project, locked, if the actor is on {@code side} (either side when null). */
    private PartnershipProject locked(Actor actor, Long id, IntentParty side) {
        rules.requireSideRole(actor, side);
        PartnershipProject project = projects.findForUpdate(id).orElseThrow(() -> notFound(id));
        IntentParty mine = rules.side(actor, project.getCommunityPath(), project.getPartnerId());
        if (mine == null || (side != null && mine != side)) {
            rules.denyNotParty(actor, "project", id);
        }
        return project;
    }

    private PartnershipProject readable(Actor actor, Long id) {
        PartnershipProject project = projects.find(id).orElseThrow(() -> notFound(id));
        if (project.isShowcase() || rules.readsAll(actor)) {
            return project;
        }
        access.requireSignedIn(actor);
        if (rules.sides(actor, project.getCommunityPath(), project.getPartnerId()).isEmpty()) {
            rules.denyNotParty(actor, "project", id);
        }
        return project;
    }

    private Page<ProjectView> views(Actor actor, Page<PartnershipProject> found, PageRequest page) {
        Set<Long> supplyIds = found.items().stream().map(PartnershipProject::getSupplyId).collect(Collectors.toSet());
        Set<Long> partnerIds = found.items().stream().map(PartnershipProject::getPartnerId).collect(Collectors.toSet());
        Map<Long, ItemSummary> items = supplies.summaries(supplyIds);
        Map<Long, PartnerStanding> standings = partners.of(partnerIds);
        Set<RegionCode> codes = new HashSet<>();
        found.items().forEach(p -> codes.add(p.getCommunityCode()));
        NameBook names = new NameBook(regionNames.of(codes), categoryNames.all());
        return Page.of(found.items().stream().map(p -> view(actor, p, items.get(p.getSupplyId()),
                standings.get(p.getPartnerId()), names)).toList(), page, found.total());
    }

    private ProjectView view(Actor actor, PartnershipProject p) {
        return view(actor, p, supplies.find(p.getSupplyId()).orElse(null), partners.of(p.getPartnerId()).orElse(null),
                new NameBook(regionNames.of(List.of(p.getCommunityCode())), categoryNames.all()));
    }

    private ProjectView view(Actor actor, PartnershipProject p, ItemSummary item, PartnerStanding partner,
            NameBook names) {
        IntentParty side = rules.side(actor, p.getCommunityPath(), p.getPartnerId());
        boolean open = p.getStatus() == ProjectStatus.IN_PROGRESS;
        return new ProjectView(p.getId(), p.getVersion(), p.getIntentId(), p.getNeedId(), p.getSupplyId(),
                item == null ? null : item.title(), p.getPartnerId(), partner == null ? null : partner.name(),
                names.region(p.getCommunityCode()), names.category(p.getCategoryCode()), p.getTitle(), p.getPlan(),
                p.getStartDate(), p.getEndDate(),
                p.getMilestones().stream()
                        .map(m -> new ProjectView.MilestoneView(m.getTitle(), m.getDueDate(), m.isDone())).toList(),
                p.getStatus(), p.getStatusReason(), p.getRating(), p.getEvaluationComment(), p.getEvaluatedAt(),
                p.isShowcase(), p.getShowcaseAt(), p.peopleServed(),
                p.getReports().stream().map(r -> new ProjectView.ReportView(r.getId(), r.getText(), r.getPeopleServed(),
                        r.getPhotoKeys(), r.getAuthorName(), r.getAuthorDisplay(), r.getCreatedAt())).toList(),
                p.getCreatedAt(), p.getUpdatedAt(), side,
                open && side == IntentParty.PARTNER, open && side == IntentParty.PARTNER,
                open && side == IntentParty.COMMUNITY, open && side != null,
                rules.selectsShowcases(actor) && p.getStatus() == ProjectStatus.DELIVERED);
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("project.notFound", String.valueOf(id)));
    }
}
