package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.PartnerDirectory;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.need.CommunityFund;
import org.partnerhub.domain.need.CommunityFundRepository;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.NeedContent;
import org.partnerhub.domain.need.NeedQuery;
import org.partnerhub.domain.need.NeedRepository;
import org.partnerhub.domain.need.NeedSource;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Visit;
import org.partnerhub.domain.need.VisitRepository;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.ChineseText;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.VersionRequiredException;

/**
 * The needs list (需求清单): recording needs (by staff, or as drafts by partners after a visit), editing them with a
 * field-level history, moving them (publish, close, reopen), earmarking their budget from the community's fund,
 * finding near-duplicates and merging them, and the filtered lists.
 */
@ApplicationScoped
@Transactional
public class NeedService {

    /** Two needs whose texts are at least this alike (0–1) are shown as possible duplicates. */
    static final double DUPLICATE_THRESHOLD = 0.45;

    private static final int DUPLICATE_CANDIDATES = 500;
    private static final int DUPLICATES_SHOWN = 5;

    @Inject
    NeedRepository needs;

    @Inject
    VisitRepository visits;

    @Inject
    CommunityFundRepository funds;

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

    @Inject
    NeedIndexing searchIndex;

    @Inject
    Event<NeedPublished> published;

    /** Records a new need and tells the recorder which open needs of the street it may duplicate. */
    public NeedRecorded record(Actor actor, NeedForm form) {
        access.requireSignedIn(actor);
        boolean staff = Permission.EDIT_NEEDS.grantedTo(actor.role());
        if (!staff && !(Permission.DRAFT_NEEDS.grantedTo(actor.role()) && partners.isActivePartner(actor.partnerId()))) {
            access.deny(actor, "need", null);
        }
        List<FieldError> errors = new ArrayList<>();
        Region community = places.region(form.communityCode(), RegionLevel.COMMUNITY, "communityCode",
                "need.community.level", errors);
        if (community != null && staff && !actor.covers(community)) {
            access.deny(actor, "need", community.getCode().value());
        }
        CategoryCode category = places.category(form.categoryCode(), "categoryCode", errors);
        SourceChannel channel = form.channel();
        Visit visit = null;
        if (form.visitId() != null) {
            visit = visits.find(form.visitId()).filter(v -> VisitService.mayRead(rules, actor, v)).orElse(null);
            if (visit == null) {
                errors.add(FieldError.of("source.visitId", "need.visit.notFound", form.visitId()));
            } else {
                if (community != null && !visit.getCommunityCode().equals(community.getCode())) {
                    errors.add(FieldError.of("source.visitId", "need.visit.community", visit.getId(),
                            regions.findByCode(visit.getCommunityCode()).map(Region::getNameZh).orElse("")));
                }
                if (channel == null) {
                    channel = visit.getFormat().channel();
                } else if (channel != visit.getFormat().channel()) {
                    errors.add(FieldError.of("source.channel", "need.visit.channel", visit.getFormat().channel()));
                }
            }
        }
        if (channel == null) {
            errors.add(FieldError.of("source.channel", "text.required"));
        } else if (channel == SourceChannel.IMPORT) {
            errors.add(FieldError.of("source.channel", "need.channel.import"));
        }
        if (form.publish() && !staff) {
            errors.add(FieldError.of("publish", "need.partnerDraftOnly"));
        }
        Instant now = clock.instant();
        int year = fundYear(form.fundYear(), now, errors);
        NeedContent content = content(form, category, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (staff) {
            // only the community's side earmarks its fund; a partner's draft waits until they publish it
            earmark(community.getCode(), community.getNameZh(), year, content.budgetFen(), null);
        }
        Need need = Need.record(community.getCode(), community.getPath(), content,
                new NeedSource(channel, visit == null ? null : visit.getId()), recorder(actor), year, null, false, now);
        needs.add(need);
        needs.flush();
        searchIndex.put(need);
        if (form.publish()) {
            // published after the CREATED entry is written: both entries share the instant, and the history orders
            // them by id, which the database hands out in the order the JPA provider inserts them (not the list's)
            need.apply(NeedAction.PUBLISH, recorder(actor), null, now);
            needs.flush();
            published.fire(new NeedPublished(need.getId()));
        }
        audit.record(actor, AuditAction.NEED_CHANGED, "need", need.getId(), AuditOutcome.SUCCESS,
                form.publish() ? "recorded and published" : "recorded");
        return new NeedRecorded(view(actor, need), similar(actor, need));
    }

    /** One need, if the reader may see it (others' drafts are "not found", like needs that do not exist). */
    public NeedView get(Actor actor, Long id) {
        Need need = readable(actor, id);
        return view(actor, need);
    }

    public Page<NeedView> list(Actor actor, NeedFilter filter, PageRequest page) {
        Page<Need> found = needs.find(query(actor, filter), page);
        NameBook names = names(found.items());
        return found.map(n -> view(actor, n, names));
    }

    /** The filter as a repository query, limited to what this reader may see; bad codes are field errors. */
    public NeedQuery query(Actor actor, NeedFilter filter) {
        List<FieldError> errors = new ArrayList<>();
        String path = null;
        if (filter.region() != null && !filter.region().isBlank()) {
            path = places.path(filter.region()).orElse(null);
            if (path == null) {
                errors.add(FieldError.of("region", "region.notFound", filter.region().strip()));
            }
        }
        List<CategoryCode> categoryCodes = null;
        if (filter.category() != null && !filter.category().isBlank()) {
            CategoryCode code = places.category(filter.category(), "category", errors);
            categoryCodes = code == null ? null : places.withChildren(code);
        }
        if (filter.createdFrom() != null && filter.createdTo() != null
                && filter.createdTo().isBefore(filter.createdFrom())) {
            errors.add(FieldError.of("createdTo", "range.order"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NeedQuery(path, categoryCodes, filter.status(), filter.urgency(), filter.fundingMode(),
                filter.channel(), filter.createdFrom() == null ? null : DistrictTime.startOf(filter.createdFrom()),
                filter.createdTo() == null ? null : DistrictTime.startOf(filter.createdTo().plusDays(1)),
                ChineseText.terms(filter.q()), filter.updatedSince(), filter.visitId(), rules.visibility(actor),
                filter.newestFirst());
    }

    /** Every change of the need, newest first: for those who read it beyond the public view. */
    public List<TraceEntry> history(Actor actor, Long id) {
        access.requireSignedIn(actor);
        Need need = readable(actor, id);
        if (!rules.readsBeyondPublic(actor, need)) {
            access.deny(actor, "need", id);
        }
        return TraceEntry.all(need.getHistory());
    }

    /**
     * The owners' (or the drafting partner's) edit. {@code expectedVersion} is the version the editor read (required);
     * if the need changed since, nothing is saved and the editor is told (412 / a message on the page).
     */
    public NeedView edit(Actor actor, Long id, Long expectedVersion, NeedForm form) {
        requireNeedRole(actor);
        Need need = existing(id);
        rules.requireEdit(actor, need);
        if (expectedVersion == null) {
            throw new VersionRequiredException();
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.communityCode() != null && !form.communityCode().isBlank()
                && !form.communityCode().strip().equals(need.getCommunityCode().value())) {
            errors.add(FieldError.of("communityCode", "need.community.fixed"));
        }
        CategoryCode category = places.category(form.categoryCode(), "categoryCode", errors);
        NeedContent content = content(form, category, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (need.isFundConfirmed() && content.budgetFen() > need.getBudgetFen()) {
            // the fund is locked before the need, everywhere, so that two earmarks never wait on each other
            earmark(need.getCommunityCode(), communityName(need), need.getFundYear(), content.budgetFen(), need.getId());
        }
        Need locked = needs.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (locked.getVersion() != expectedVersion.longValue()) {
            throw new StaleEditException();
        }
        if (locked.edit(content, recorder(actor), clock.instant())) {
            needs.flush();
            searchIndex.put(locked);
            audit.record(actor, AuditAction.NEED_CHANGED, "need", id, AuditOutcome.SUCCESS, "edited");
        }
        return view(actor, locked);
    }

    /** Publish, close (with a reason) or reopen. */
    public NeedView transition(Actor actor, Long id, NeedAction action, String reason) {
        requireNeedRole(actor);
        if (action == null || !NeedAction.BY_PEOPLE.contains(action)) {
            throw InvalidInputException.of("action", "param.enum", action == null ? "" : action.name(), "PUBLISH, CLOSE, REOPEN");
        }
        Need need = existing(id);
        boolean closingOwnDraft = action == NeedAction.CLOSE && rules.isDraftingPartner(actor, need);
        if (!closingOwnDraft) {
            rules.requireOwner(actor, need);
        }
        boolean takesFund = (action == NeedAction.REOPEN && need.isFundConfirmed())
                || (action == NeedAction.PUBLISH && !need.isFundConfirmed());
        if (takesFund && need.getBudgetFen() > 0) {
            // reopening takes the budget back; publishing a partner's draft earmarks it for the first time
            earmark(need.getCommunityCode(), communityName(need), need.getFundYear(), need.getBudgetFen(), need.getId());
        }
        Need locked = needs.findForUpdate(id).orElseThrow(() -> notFound(id));
        try {
            locked.apply(action, recorder(actor), reason, clock.instant());
        } catch (RuleViolationException e) {
            throw new InvalidInputException(new FieldError("reason", null, e.message()));
        }
        needs.flush();
        if (action == NeedAction.PUBLISH) {
            published.fire(new NeedPublished(id));
        }
        audit.record(actor, AuditAction.NEED_CHANGED, "need", id, AuditOutcome.SUCCESS,
                action + (locked.getStatusReason() == null ? "" : ": " + locked.getStatusReason()));
        return view(actor, locked);
    }

    /** The open needs of the same street and category whose text is close to this one's, most alike first. */
    public List<SimilarNeed> similar(Actor actor, Long id) {
        Need need = readable(actor, id);
        return similar(actor, need);
    }

    /**
     * Closes {@code id} as merged into {@code intoId}; both stay readable with their histories. The actor must own
     * both, and both must be of the same street.
     */
    public NeedView merge(Actor actor, Long id, Long intoId, String reason) {
        access.require(actor, Permission.EDIT_NEEDS);
        if (intoId == null) {
            throw InvalidInputException.of("into", "text.required");
        }
        Need source = existing(id);
        rules.requireOwner(actor, source);
        Need target = needs.find(intoId).filter(n -> rules.mayRead(actor, n))
                .orElseThrow(() -> InvalidInputException.of("into", "need.notFound", intoId));
        rules.requireOwner(actor, target);
        if (!source.streetPath().equals(target.streetPath())) {
            throw InvalidInputException.of("into", "need.merge.otherStreet");
        }
        // lock both in id order, so that two opposite merges cannot deadlock
        Need first = needs.findForUpdate(Math.min(id, intoId)).orElseThrow(() -> notFound(id));
        Need second = Objects.equals(id, intoId) ? first
                : needs.findForUpdate(Math.max(id, intoId)).orElseThrow(() -> notFound(intoId));
        Need lockedSource = first.getId().equals(id) ? first : second;
        Need lockedTarget = first.getId().equals(id) ? second : first;
        try {
            lockedSource.mergeInto(lockedTarget, recorder(actor), reason, clock.instant());
        } catch (RuleViolationException e) {
            throw new InvalidInputException(new FieldError("into", null, e.message()));
        }
        needs.flush();
        audit.record(actor, AuditAction.NEED_CHANGED, "need", id, AuditOutcome.SUCCESS, "merged into " + intoId);
        return view(actor, lockedSource);
    }

    List<SimilarNeed> similar(Actor actor, Need need) {
        List<SimilarNeed> found = new ArrayList<>();
        List<Need> candidates = new ArrayList<>();
        for (Need other : needs.findOpen(need.streetPath(), need.getCategoryCode(), DUPLICATE_CANDIDATES)) {
            if (!other.getId().equals(need.getId()) && rules.mayRead(actor, other)) {
                candidates.add(other);
            }
        }
        NameBook names = names(candidates);
        for (Need other : candidates) {
            double alike = similarity(need, other);
            if (alike >= DUPLICATE_THRESHOLD) {
                found.add(new SimilarNeed(other.getId(), other.getTitle(), names.region(other.getCommunityCode()),
                        other.getStatus(), (int) Math.round(alike * 100)));
            }
        }
        found.sort(Comparator.comparingInt(SimilarNeed::similarityPercent).reversed()
                .thenComparing(SimilarNeed::id, Comparator.reverseOrder()));
        return found.size() > DUPLICATES_SHOWN ? List.copyOf(found.subList(0, DUPLICATES_SHOWN)) : found;
    }

    /** How alike two needs read: their titles count for 40 %, their descriptions for 60 %. */
    static double similarity(Need a, Need b) {
        return 0.4 * ChineseText.similarity(a.getTitle(), b.getTitle())
                + 0.6 * ChineseText.similarity(a.getDescription(), b.getDescription());
    }

    /**
     * Checks that {@code budget} fits in the community's fund of {@code year} beside the other needs' earmarks. The
     * fund row stays locked until the transaction ends, so concurrent earmarks are checked one after the other.
     */
    void earmark(RegionCode community, String communityName, int year, long budget, Long exceptNeed) {
        if (budget <= 0) {
            return;
        }
        CommunityFund fund = funds.findForUpdate(community, year)
                .orElseThrow(() -> InvalidInputException.of("budgetFen", "fund.none", String.valueOf(year), communityName));
        try {
            fund.checkEarmark(needs.earmarked(community, year, exceptNeed), budget);
        } catch (RuleViolationException e) {
            throw new InvalidInputException(new FieldError("budgetFen", null, e.message()));
        }
    }

    private NeedContent content(NeedForm form, CategoryCode category, List<FieldError> errors) {
        try {
            return new NeedContent(category, form.title(), form.description(),
                    form.beneficiaries() == null ? 0 : form.beneficiaries(), form.targetGroups(), form.urgency(),
                    form.fundingMode(), form.budgetFen() == null ? 0 : form.budgetFen());
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                if (errors.stream().noneMatch(f -> f.field().equals(error.field()))) {
                    errors.add(error);
                }
            }
            return null;
        }
    }

    private static int fundYear(Integer asked, Instant now, List<FieldError> errors) {
        int current = DistrictTime.year(now);
        if (asked == null) {
            return current;
        }
        if (asked < current - 1 || asked > current + 1) {
            errors.add(FieldError.of("fundYear", "fund.year.range", current - 1, current + 1));
            return current;
        }
        return asked;
    }

    /** The function-level check before any record is read: staff, integrators or partners. */
    private void requireNeedRole(Actor actor) {
        access.requireSignedIn(actor);
        if (!Permission.EDIT_NEEDS.grantedTo(actor.role()) && !Permission.DRAFT_NEEDS.grantedTo(actor.role())) {
            access.deny(actor, "need", null);
        }
    }

    /**
     * The need an actor wants to change: a need that does not exist is 404, one the actor may not change is refused
     * (403, audited) by the caller's next check, even when the actor could not read it.
     */
    private Need existing(Long id) {
        return needs.find(id).orElseThrow(() -> notFound(id));
    }

    private Need readable(Actor actor, Long id) {
        return needs.find(id).filter(n -> rules.mayRead(actor, n)).orElseThrow(() -> notFound(id));
    }

    private String communityName(Need need) {
        return regions.findByCode(need.getCommunityCode()).map(Region::getNameZh).orElse(need.getCommunityCode().value());
    }

    static Recorder recorder(Actor actor) {
        return new Recorder(actor.username(), actor.displayName(), actor.partnerId());
    }

    NameBook names(List<Need> list) {
        Set<RegionCode> codes = new HashSet<>();
        for (Need n : list) {
            codes.add(n.getCommunityCode());
            RegionCode street = NameBook.parentIn(n.getRegionPath());
            if (street != null) {
                codes.add(street);
            }
        }
        return new NameBook(regions, codes, categories);
    }

    NeedView view(Actor actor, Need need) {
        return view(actor, need, names(List.of(need)));
    }

    NeedView view(Actor actor, Need n, NameBook names) {
        boolean beyond = actor != null && actor.isAuthenticated() && rules.readsBeyondPublic(actor, n);
        return new NeedView(n.getId(), n.getVersion(), names.region(n.getCommunityCode()),
                names.region(NameBook.parentIn(n.getRegionPath())), names.category(n.getCategoryCode()), n.getTitle(),
                shown(beyond, n.getDescription()), n.getBeneficiaries(), n.getTargetGroups(), n.getUrgency(),
                n.getFundingMode(), n.getBudgetFen(), n.getFundYear(), n.getStatus(),
                shown(beyond, n.getStatusReason()), n.getMergedIntoId(),
                n.getSourceChannel(), beyond ? n.getVisitId() : null, beyond ? n.getRecordedBy() : null,
                beyond ? n.getRecordedByName() : null, beyond ? n.getRecordedByPartnerId() : null, n.getCreatedAt(),
                n.getUpdatedAt(), n.getPublishedAt(), rules.allowedActions(actor, n), rules.mayEdit(actor, n));
    }

    /** Free text as this reader may see it: phone and ID-card numbers masked for the public (issue 18). */
    private static String shown(boolean beyond, String text) {
        return beyond ? text : org.partnerhub.domain.shared.PersonalText.mask(text);
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("need.notFound", id));
    }
}
