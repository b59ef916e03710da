package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.application.category.CategoryNames;
import org.partnerhub.application.need.NeedCooperation;
import org.partnerhub.application.need.NeedSummary;
import org.partnerhub.application.partner.PartnerStandings;
import org.partnerhub.application.region.RegionNames;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.supply.ItemSummary;
import org.partnerhub.application.supply.SupplyCooperation;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.cooperation.CooperationIntent;
import org.partnerhub.domain.cooperation.IntentAction;
import org.partnerhub.domain.cooperation.IntentEvent;
import org.partnerhub.domain.cooperation.IntentNote;
import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.cooperation.IntentQuery;
import org.partnerhub.domain.cooperation.IntentRepository;
import org.partnerhub.domain.cooperation.IntentStatus;
import org.partnerhub.domain.cooperation.PartnershipProject;
import org.partnerhub.domain.cooperation.ProjectRepository;
import org.partnerhub.domain.partner.PartnerStanding;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.Recorder;

/**
 * Cooperation intents (合作意向): proposing one between a need and a supply item, the two sides' moves and notes, the
 * inbox lists. Agreeing is the one moment that takes things: in the agreeing transaction, with the rows locked in one
 * order everywhere (intent, fund, need, item), the need's budget is drawn from its community's fund, the need goes into
 * cooperation, the item's capacity takes one, and the partnership project is created — all or nothing, so neither the
 * capacity nor a fund is ever over-committed however many agreements arrive at once. The need, the fund, the item and
 * the partner belong to other contexts: this service reaches them only through their APIs ({@link NeedCooperation},
 * {@link SupplyCooperation}, {@link PartnerStandings}, {@link RegionNames}, {@link CategoryNames}), which act in this
 * transaction.
 */
@ApplicationScoped
@Transactional
public class IntentService {

    @Inject
    IntentRepository intents;

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
    CooperationAccess rules;

    @Inject
    AccessPolicy access;

    @Inject
    Event<CooperationAudit.Done> audited;

    @Inject
    CooperationSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<IntentMoved> moved;

    /**
     * Proposes an intent between a published need and a published item of an active partner. The actor must be on
     * exactly one side: the need's community or the item's partner.
     */
    public IntentView propose(Actor actor, Long needId, Long supplyId, String note) {
        rules.requireSideRole(actor, null);
        List<FieldError> errors = new ArrayList<>();
        if (needId == null) {
            errors.add(FieldError.of("needId", "text.required"));
        }
        if (supplyId == null) {
            errors.add(FieldError.of("supplyId", "text.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        NeedSummary need = needs.readable(actor, needId)
                .orElseThrow(() -> new NotFoundException(Message.of("need.notFound", String.valueOf(needId))));
        ItemSummary item = supplies.find(supplyId)
                .filter(s -> (s.partnerListed() && s.published())
                        || rules.readsAll(actor) || actor.belongsToPartner(s.partnerId()))
                .orElseThrow(() -> new NotFoundException(Message.of("supply.notFound", String.valueOf(supplyId))));
        Set<IntentParty> sides = rules.sides(actor, need.communityPath(), item.partnerId());
        if (sides.size() == 2) {
            throw InvalidInputException.of("supplyId", "intent.self");
        }
        if (sides.isEmpty()) {
            rules.denyNotParty(actor, "intent", null);
        }
        IntentParty side = sides.iterator().next();
        if (!need.published()) {
            throw new ConflictException(Message.of("intent.need.status", need.status()));
        }
        if (!item.published()) {
            throw new ConflictException(Message.of("intent.supply.status", item.status()));
        }
        if (!item.partnerListed()) {
            throw new ConflictException(Message.of("intent.supply.partnerInactive"));
        }
        if (intents.existsOpen(needId, supplyId)) {
            Long open = intents.find(new IntentQuery(true, null, null, null, needId, supplyId), PageRequest.first(50))
                    .items().stream().filter(i -> i.getStatus().isOpen()).map(CooperationIntent::getId).findFirst()
                    .orElse(null);
            throw new ConflictException(Message.of("intent.duplicate", String.valueOf(open)));
        }
        Instant now = clock.instant();
        CooperationIntent intent = CooperationIntent.propose(needId, supplyId, item.partnerId(),
                need.community(), need.communityPath(), need.category(), side, recorder(actor), note, now,
                settings.answerWithin());
        intents.add(intent);
        try {
            intents.flush();
        } catch (PersistenceException e) {
            // the open-pair key: the other side proposed the same pair at the same moment
            throw new ConflictException(Message.of("intent.duplicate.concurrent"));
        }
        audited.fire(new CooperationAudit.Done(actor, AuditAction.INTENT_CHANGED, "intent", intent.getId(),
                "PROPOSED by " + side + ": need " + needId + ", supply " + supplyId));
        moved.fire(new IntentMoved(intent.getId(), need.title(), "PROPOSED", side, intent.getStatus(),
                intent.getPartnerId(), intent.getCommunityPath()));
        return view(actor, intent, true);
    }

    /** One intent, with its thread and history: its two sides, the district and the auditors. */
    public IntentView get(Actor actor, Long id) {
        return view(actor, readable(actor, id), true);
    }

    /** The intents the reader is a side of (all of them for the district and the auditors), newest change first. */
    public Page<IntentView> list(Actor actor, IntentFilter filter, PageRequest page) {
        access.requireSignedIn(actor);
        Page<CooperationIntent> found = intents.find(query(actor, filter == null ? IntentFilter.NONE : filter), page);
        List<IntentView> views = views(actor, found.items());
        return Page.of(views, page, found.total());
    }

    /** How many of the reader's intents there are in each status (the inbox's groups). */
    public Map<IntentStatus, Long> counts(Actor actor, IntentFilter filter) {
        access.requireSignedIn(actor);
        return intents.countByStatus(query(actor, filter == null ? IntentFilter.NONE : filter));
    }

    /**
     * A side's move: ACCEPT, DECLINE, AGREE or WITHDRAW, with an optional note. The agreement that completes the intent
     * takes the item's capacity, draws the need's budget and creates the project, or nothing happens (409 naming why).
     */
    public IntentView transition(Actor actor, Long id, IntentAction action, String note) {
        rules.requireSideRole(actor, null);
        if (action == null || !IntentAction.BY_PEOPLE.contains(action)) {
            throw InvalidInputException.of("action", "param.enum", action == null ? "" : action.name(),
                    "ACCEPT, DECLINE, AGREE, WITHDRAW");
        }
        // the intent first, then (when agreed) fund, need and item: the same order on every path
        CooperationIntent intent = intents.findForUpdate(id).orElseThrow(() -> notFound(id));
        IntentParty side = rules.side(actor, intent.getCommunityPath(), intent.getPartnerId());
        if (side == null) {
            rules.denyNotParty(actor, "intent", id);
        }
        Instant now = clock.instant();
        boolean agreed = intent.apply(action, side, recorder(actor), note, now, settings.answerWithin());
        NeedSummary need = needs.find(intent.getNeedId()).orElseThrow(() -> notFound(id));
        if (agreed) {
            commit(actor, intent, now);
        }
        intents.flush();
        audited.fire(new CooperationAudit.Done(actor, AuditAction.INTENT_CHANGED, "intent", id,
                action + " by " + side + " → " + intent.getStatus()));
        moved.fire(new IntentMoved(id, need.title(), action.name(), side, intent.getStatus(), intent.getPartnerId(),
                intent.getCommunityPath()));
        return view(actor, intent, true);
    }

    /** The thread of notes, oldest first. */
    public List<IntentView.Note> notes(Actor actor, Long id) {
        return readable(actor, id).getNotes().stream().map(IntentService::note).toList();
    }

    /** A side adds a note to the thread. */
    public IntentView.Note addNote(Actor actor, Long id, String text) {
        rules.requireSideRole(actor, null);
        CooperationIntent intent = intents.findForUpdate(id).orElseThrow(() -> notFound(id));
        IntentParty side = rules.side(actor, intent.getCommunityPath(), intent.getPartnerId());
        if (side == null) {
            rules.denyNotParty(actor, "intent", id);
        }
        IntentNote added = intent.addNote(side, recorder(actor), text, clock.instant(), settings.answerWithin());
        intents.flush();
        return note(added);
    }

    /**
     * What an agreement takes, in the intent's transaction: the need's budget from its community's fund (locked) and
     * the need into cooperation (locked) — the need context's act —, then one unit of the item's capacity (locked) —
     * the supply context's —, and the project. The intent is locked already: intent, fund, need, item.
     */
    private void commit(Actor actor, CooperationIntent intent, Instant now) {
        NeedSummary need = needs.startCooperation(intent.getNeedId(), recorder(actor), "#" + intent.getId(), now);
        supplies.takeCapacity(intent.getSupplyId());
        PartnershipProject project = PartnershipProject.of(intent, need.title(), DistrictTime.date(now), now);
        projects.add(project);
        projects.flush();
        cooperationEvents.project("created", project);
    }

    private IntentQuery query(Actor actor, IntentFilter filter) {
        boolean all = rules.readsAll(actor);
        Long partner = actor.is(Role.PARTNER) || actor.is(Role.INTEGRATOR) ? actor.partnerId() : null;
        String region = actor.is(Role.PARTNER) ? null : actor.regionPath();
        return new IntentQuery(all, partner, region, filter.status(), filter.needId(), filter.supplyId());
    }

    /** The intent if it exists (404) and the reader is one of its sides or reads everything (403 otherwise). */
    CooperationIntent readable(Actor actor, Long id) {
        access.requireSignedIn(actor);
        CooperationIntent intent = intents.find(id).orElseThrow(() -> notFound(id));
        if (!rules.readsAll(actor) && rules.sides(actor, intent.getCommunityPath(), intent.getPartnerId()).isEmpty()) {
            rules.denyNotParty(actor, "intent", id);
        }
        return intent;
    }

    private List<IntentView> views(Actor actor, List<CooperationIntent> found) {
        Set<Long> needIds = found.stream().map(CooperationIntent::getNeedId).collect(Collectors.toSet());
        Set<Long> supplyIds = found.stream().map(CooperationIntent::getSupplyId).collect(Collectors.toSet());
        Set<Long> partnerIds = found.stream().map(CooperationIntent::getPartnerId).collect(Collectors.toSet());
        Map<Long, NeedSummary> needById = needs.summaries(needIds);
        Map<Long, ItemSummary> itemById = supplies.summaries(supplyIds);
        Map<Long, PartnerStanding> partnerById = partners.of(partnerIds);
        Set<RegionCode> codes = new HashSet<>();
        found.forEach(i -> codes.add(i.getCommunityCode()));
        NameBook names = new NameBook(regionNames.of(codes), categoryNames.all());
        List<IntentView> views = new ArrayList<>();
        for (CooperationIntent intent : found) {
            views.add(view(actor, intent, needById.get(intent.getNeedId()), itemById.get(intent.getSupplyId()),
                    partnerById.get(intent.getPartnerId()), names, false));
        }
        return views;
    }

    IntentView view(Actor actor, CooperationIntent intent, boolean single) {
        NeedSummary need = needs.find(intent.getNeedId()).orElse(null);
        ItemSummary item = supplies.find(intent.getSupplyId()).orElse(null);
        PartnerStanding partner = partners.of(intent.getPartnerId()).orElse(null);
        NameBook names = new NameBook(regionNames.of(List.of(intent.getCommunityCode())), categoryNames.all());
        return view(actor, intent, need, item, partner, names, single);
    }

    private IntentView view(Actor actor, CooperationIntent intent, NeedSummary need, ItemSummary item,
            PartnerStanding partner,
            NameBook names, boolean single) {
        IntentParty mySide = rules.side(actor, intent.getCommunityPath(), intent.getPartnerId());
        Set<IntentAction> allowed = EnumSet.noneOf(IntentAction.class);
        if (mySide != null) {
            for (IntentAction action : IntentAction.BY_PEOPLE) {
                if (intent.allows(action, mySide)) {
                    allowed.add(action);
                }
            }
        }
        Long projectId = intent.getStatus() == IntentStatus.AGREED
                ? projects.findByIntent(intent.getId()).map(PartnershipProject::getId).orElse(null) : null;
        CategoryCode category = intent.getCategoryCode();
        return new IntentView(intent.getId(), intent.getVersion(), intent.getStatus(), intent.getProposedBy(),
                intent.getNeedId(), need == null ? null : need.title(), names.region(intent.getCommunityCode()),
                intent.getSupplyId(), item == null ? null : item.title(), intent.getPartnerId(),
                partner == null ? null : partner.name(), names.category(category),
                intent.hasAgreed(IntentParty.COMMUNITY), intent.hasAgreed(IntentParty.PARTNER), intent.getExpiresAt(),
                intent.getCreatedAt(), intent.getUpdatedAt(), mySide, allowed, projectId,
                single ? intent.getNotes().stream().map(IntentService::note).toList() : List.of(),
                single ? intent.getHistory().stream().map(IntentService::entry).toList() : List.of());
    }

    private static IntentView.Note note(IntentNote n) {
        return new IntentView.Note(n.getId(), n.getParty(), n.getAuthorName(), n.getAuthorDisplay(), n.getText(),
                n.getCreatedAt());
    }

    private static IntentView.Entry entry(IntentEvent e) {
        return new IntentView.Entry(e.getOccurredAt(), e.getAction(), e.getParty(), e.getActorName(),
                e.getActorDisplay(), e.getReason(), e.getFromStatus(), e.getToStatus());
    }

    static Recorder recorder(Actor actor) {
        return new Recorder(actor.username(), actor.displayName(), actor.partnerId());
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("intent.notFound", String.valueOf(id)));
    }
}
