package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.need.Places;
import org.partnerhub.application.need.TraceEntry;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.application.shared.PersonalDataCipher;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.partner.PartnerRepository;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.ChineseText;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.PersonalText;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Sealed;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.VersionRequiredException;
import org.partnerhub.domain.supply.SupplyAction;
import org.partnerhub.domain.supply.SupplyContent;
import org.partnerhub.domain.supply.SupplyItem;
import org.partnerhub.domain.supply.SupplyQuery;
import org.partnerhub.domain.supply.SupplyRepository;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * The supply catalogue (供给): partners' users create, edit (field-level history, optimistic lock) and move their
 * organisation's items; the district pauses or withdraws any with a reason; everyone finds the published items of
 * active partners. A suspended partner's items leave the public lists at once and return when it is reinstated: each
 * item keeps a copy of its partner's standing and name, changed in the partner's own transaction ({@link SupplyStanding}).
 */
@ApplicationScoped
@Transactional
public class SupplyService {

    /** The associated data the contact phone is sealed with: it opens only as this column's value. */
    static final String PHONE_PURPOSE = "supply_item.contact_phone";

    @Inject
    SupplyRepository supplies;

    @Inject
    PartnerRepository partners;

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

    @Inject
    Places places;

    @Inject
    SupplyForms forms;

    @Inject
    SupplyAccess rules;

    @Inject
    AccessPolicy access;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SupplyIndexing indexing;

    @Inject
    Event<SupplyPublished> published;

    /** A new item of the actor's own organisation: a draft, or published at once when asked. */
    public SupplyView create(Actor actor, SupplyForm form) {
        access.require(actor, Permission.EDIT_SUPPLY);
        Long partnerId = actor.partnerId();
        if (partnerId == null) {
            access.deny(actor, "supply", null);
        }
        requireActivePartner(actor, partnerId, null);
        SupplyContent content = forms.parse(form);
        SupplyItem item = add(actor, partnerId, List.of(new NewItem(content, null, form.publish()))).get(0);
        if (form.publish()) {
            // the other side of its best matches is told after commit (imports tell nobody: no flood of notices)
            published.fire(new SupplyPublished(item.getId()));
        }
        audit.record(actor, AuditAction.SUPPLY_CHANGED, "supply", item.getId(), AuditOutcome.SUCCESS,
                form.publish() ? "created and published" : "created");
        return view(actor, item);
    }

    /**
     * One item, if the reader may see it (others' drafts and a suspended partner's items are "not found"). The district
     * and auditors read the contact phone in clear, which is audited.
     */
    public SupplyView get(Actor actor, Long id) {
        SupplyItem item = readable(actor, id);
        if (item.getContactPhoneSealed() != null && rules.readsBeyondPublic(actor, item) && !rules.isOwner(actor, item)) {
            audit.record(actor, AuditAction.PERSONAL_DATA_VIEWED, "supply", id, AuditOutcome.SUCCESS, "contact phone");
        }
        return view(actor, item);
    }

    public Page<SupplyView> list(Actor actor, SupplyFilter filter, PageRequest page) {
        Page<SupplyItem> found = supplies.find(query(actor, filter), page);
        NameBook names = names(found.items());
        return found.map(s -> view(actor, s, names, false));
    }

    /** The filter as a repository query, limited to what this reader may see; bad codes are field errors. */
    public SupplyQuery query(Actor actor, SupplyFilter filter) {
        List<FieldError> errors = new ArrayList<>();
        String path = null;
        if (filter.region() != null && !filter.region().isBlank()) {
            // kept per server once read (a region never moves): a filtered page spends no statement on it
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
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SupplyQuery(path, categoryCodes, filter.fundingMode(), filter.targetGroup(), filter.partnerId(),
                filter.status(), ChineseText.terms(filter.q()), filter.updatedSince(), rules.visibility(actor));
    }

    /** Every change of the item, newest first: for its partner, the district and the auditors. */
    public List<TraceEntry> history(Actor actor, Long id) {
        access.requireSignedIn(actor);
        SupplyItem item = readable(actor, id);
        if (!rules.readsBeyondPublic(actor, item)) {
            access.deny(actor, "supply", id);
        }
        return TraceEntry.all(item.getHistory());
    }

    /**
     * The partner's edit. {@code expectedVersion} is the version the editor read (required); if the item changed since,
     * nothing is saved (412 / a message on the page). The capacity never goes below what cooperations use.
     */
    public SupplyView edit(Actor actor, Long id, Long expectedVersion, SupplyForm form) {
        // the function before the record: whoever may edit no item is refused without learning whether it exists
        access.require(actor, Permission.EDIT_SUPPLY);
        SupplyItem item = supplies.find(id).orElseThrow(() -> notFound(id));
        rules.requireOwner(actor, item);
        if (expectedVersion == null) {
            throw new VersionRequiredException();
        }
        SupplyContent content = forms.parse(form);
        SupplyItem locked = supplies.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (locked.getVersion() != expectedVersion.longValue()) {
            throw new StaleEditException();
        }
        PhoneNumber phone = content.contactPhone();
        Sealed sealed = phone == null ? null
                : phone.value().equals(cipher.open(locked.getContactPhoneSealed(), PHONE_PURPOSE))
                        ? locked.getContactPhoneSealed() : seal(phone);
        if (locked.edit(content, sealed, recorder(actor), clock.instant())) {
            supplies.flush();
            indexing.put(locked);
            audit.record(actor, AuditAction.SUPPLY_CHANGED, "supply", id, AuditOutcome.SUCCESS, "edited");
        }
        return view(actor, locked);
    }

    /**
     * A move: the partner publishes (only while active), pauses, resumes (only while active) or withdraws its item; the
     * district pauses or withdraws any item, always with a reason. Anyone else is refused (403, audited).
     */
    public SupplyView transition(Actor actor, Long id, SupplyAction action, String reason) {
        access.requireSignedIn(actor);
        if (!Permission.EDIT_SUPPLY.grantedTo(actor.role()) && !Permission.MODERATE_SUPPLY.grantedTo(actor.role())) {
            access.deny(actor, "supply", id);
        }
        if (action == null) {
            throw InvalidInputException.of("action", "text.required");
        }
        SupplyItem item = supplies.find(id).orElseThrow(() -> notFound(id));
        boolean owner = rules.isOwner(actor, item);
        boolean moderating = !owner && rules.isModerator(actor) && SupplyAction.BY_DISTRICT.contains(action);
        if (!owner && !moderating) {
            access.deny(actor, "supply", id);
        }
        if (owner && action.target() == SupplyStatus.PUBLISHED) {
            requireActivePartner(actor, item.getPartnerId(), id);
        }
        if (moderating && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "supply.reason.required");
        }
        SupplyItem locked = supplies.findForUpdate(id).orElseThrow(() -> notFound(id));
        try {
            locked.apply(action, recorder(actor), reason, clock.instant());
        } catch (RuleViolationException e) {
            throw new InvalidInputException(new FieldError("reason", null, e.message()));
        }
        supplies.flush();
        if (action.target() == SupplyStatus.PUBLISHED) {
            published.fire(new SupplyPublished(id));
        }
        audit.record(actor, AuditAction.SUPPLY_CHANGED, "supply", id, AuditOutcome.SUCCESS,
                (moderating ? "by the district: " : "") + action
                        + (locked.getStatusReason() == null ? "" : ": " + locked.getStatusReason()));
        return view(actor, locked);
    }

    /**
     * The text a search index should find the item by: title, description, category name, the partner's name and the
     * served regions' names (Chinese and English), for the reader who may see the item.
     */
    public String searchableText(Actor actor, Long id) {
        SupplyItem item = readable(actor, id);
        NameBook names = names(List.of(item));
        CodedName category = names.category(item.getCategoryCode());
        List<String> regionNames = new ArrayList<>();
        for (ServiceArea area : item.getServiceAreas()) {
            CodedName region = names.region(area.getRegionCode());
            regionNames.add(region.nameZh());
            if (region.nameEn() != null) {
                regionNames.add(region.nameEn());
            }
        }
        return item.searchableText(category.nameZh() + (category.nameEn() == null ? "" : " " + category.nameEn()),
                item.getPartnerName(), regionNames);
    }

    /** A new item as its partner (or, importing, the district on its behalf) gives it; {@code importKey} may be null. */
    record NewItem(SupplyContent content, String importKey, boolean publish) {}

    /**
     * Creates the items of {@code partnerId} in the caller's transaction, indexes them for search, and publishes those
     * asked to be published: the one way items come into being, by the form, the API or an import. The caller has
     * checked the rights (who acts for which partner, whether it may publish) and that the partner is active.
     */
    List<SupplyItem> add(Actor actor, Long partnerId, List<NewItem> fresh) {
        Instant now = clock.instant();
        Recorder recorder = recorder(actor);
        String partnerName = partnerName(partnerId);
        List<SupplyItem> items = new ArrayList<>();
        for (NewItem n : fresh) {
            SupplyItem item = SupplyItem.create(partnerId, partnerName, n.content(), seal(n.content().contactPhone()),
                    recorder, n.importKey(), now);
            supplies.add(item);
            items.add(item);
        }
        supplies.flush();
        boolean publishing = false;
        for (int i = 0; i < items.size(); i++) {
            indexing.put(items.get(i));
            if (fresh.get(i).publish()) {
                // published after the CREATED entry is written, so that the history lists the creation first
                items.get(i).apply(SupplyAction.PUBLISH, recorder, null, now);
                publishing = true;
            }
        }
        if (publishing) {
            supplies.flush();
        }
        return items;
    }

    /** Whether the partner is active now: only then are items created for it (and published). */
    boolean isPartnerActive(Long partnerId) {
        return supplies.isPartnerListed(partnerId);
    }

    private void requireActivePartner(Actor actor, Long partnerId, Long itemId) {
        if (!supplies.isPartnerListed(partnerId)) {
            audit.record(actor, AuditAction.ACCESS_DENIED, "supply", itemId, AuditOutcome.DENIED, "partner not active");
            throw new ForbiddenException(Message.of("supply.partner.notActive"));
        }
    }

    private Sealed seal(PhoneNumber phone) {
        return phone == null ? null : cipher.seal(phone.value(), PHONE_PURPOSE);
    }

    private SupplyItem readable(Actor actor, Long id) {
        return supplies.find(id).filter(s -> rules.mayRead(actor, s, supplies.isPartnerListed(s.getPartnerId())))
                .orElseThrow(() -> notFound(id));
    }

    private String partnerName(Long partnerId) {
        return partners.findPartner(partnerId).map(p -> p.getOrganisation().getName()).orElse(String.valueOf(partnerId));
    }

    static Recorder recorder(Actor actor) {
        return new Recorder(actor.username(), actor.displayName(), actor.partnerId());
    }

    private NameBook names(List<SupplyItem> items) {
        Set<RegionCode> codes = new HashSet<>();
        for (SupplyItem s : items) {
            s.getServiceAreas().forEach(a -> codes.add(a.getRegionCode()));
        }
        return new NameBook(regions, codes, categories);
    }

    SupplyView view(Actor actor, SupplyItem item) {
        return view(actor, item, names(List.of(item)), true);
    }

    /**
     * {@code single}: a single read, where those who read beyond the public get the phone in clear. The partner's name
     * and standing are the item's copies of them (kept in step by {@link SupplyStanding}).
     */
    private SupplyView view(Actor actor, SupplyItem s, NameBook names, boolean single) {
        boolean listed = s.isPartnerListed();
        boolean beyond = rules.readsBeyondPublic(actor, s);
        String phone = beyond && single ? cipher.open(s.getContactPhoneSealed(), PHONE_PURPOSE) : null;
        return new SupplyView(s.getId(), s.getVersion(), s.getPartnerId(),
                s.getPartnerName(), listed, names.category(s.getCategoryCode()),
                s.getTitle(), beyond ? s.getDescription() : PersonalText.mask(s.getDescription()),
                s.getServiceAreas().stream().map(a -> names.region(a.getRegionCode())).toList(),
                s.getCapacity().total(), s.getCapacity().inUse(), s.getCapacity().left(), s.getFundingMode(),
                beyond ? s.getPriceNote() : PersonalText.mask(s.getPriceNote()), s.getTargetGroups(), beyond ? s.getContactName() : null, s.getContactPhoneMasked(),
                phone, s.getStatus(), s.getStatusReason(), s.getCreatedAt(), s.getUpdatedAt(), s.getPublishedAt(),
                rules.allowedActions(actor, s, listed), rules.mayEdit(actor, s), beyond);
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("supply.notFound", id));
    }
}
