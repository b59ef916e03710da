package org.partnerhub.domain.supply;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.shared.ChangeSet;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Sealed;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.shared.Text;

/**
 * A supply item (供给) of one partner organisation: a service it offers, where, to whom, on what terms and how many
 * cooperations it can carry at once. The partner's users keep and move it; the district may pause or withdraw it.
 * Every change is kept in the history with each field's old and new value (the phone only masked); concurrent edits
 * are caught by the version. Whether the public sees it also depends on its partner's standing, which the queries
 * check at read time.
 */
@Entity
@Table(name = "supply_item")
public class SupplyItem {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "category_code", nullable = false, length = CategoryCode.MAX_LENGTH)
    private CategoryCode categoryCode;

    @Column(name = "title", nullable = false, length = SupplyContent.TITLE_MAX)
    private String title;

    @Column(name = "description", nullable = false, length = SupplyContent.DESCRIPTION_MAX)
    private String description;

    /** The regions served, each with its path, so "serves this community?" is a prefix question without a join. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supply_service_area", joinColumns = @JoinColumn(name = "supply_id"))
    @OrderColumn(name = "position")
    private List<ServiceArea> serviceAreas = new ArrayList<>();

    @Embedded
    private Capacity capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_mode", nullable = false, length = 16)
    private FundingMode fundingMode;

    @Column(name = "price_note", length = SupplyContent.PRICE_NOTE_MAX)
    private String priceNote;

    /** The target groups' names, comma-separated in their declared order (empty when none is named). */
    @Column(name = "target_groups", nullable = false, length = 300)
    private String targetGroups;

    /**
     * Whether the partner is in the public library (active): a copy of its standing kept in step in the transaction that
     * changes it, so that the public catalogue filters on this table alone.
     */
    @Column(name = "partner_listed", nullable = false)
    private boolean partnerListed = true;

    /** The partner's name, a copy kept in step like {@code partnerListed}, so that a page of items names their partners. */
    @Column(name = "partner_name", nullable = false, length = 100)
    private String partnerName;

    @Column(name = "contact_name", length = SupplyContent.CONTACT_NAME_MAX)
    private String contactName;

    @Column(name = "contact_phone_sealed", length = 255)
    private Sealed contactPhoneSealed;

    @Column(name = "contact_phone_masked", length = 32)
    private String contactPhoneMasked;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SupplyStatus status;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The key of the spreadsheet row it was imported from (null when entered otherwise); never follows edits. */
    @Column(name = "import_key", length = 64, updatable = false)
    private String importKey;

    @OneToMany(mappedBy = "supply", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt DESC, id DESC")
    private List<SupplyEvent> history = new ArrayList<>();

    protected SupplyItem() {
        // for JPA
    }

    /**
     * A new item of {@code partnerId}, as a draft (the service publishes it afterwards when asked and allowed, so that
     * the creation is the oldest history entry). {@code sealedPhone} is the content's phone as the application sealed
     * it (null when no phone is given).
     */
    public static SupplyItem create(Long partnerId, String partnerName, SupplyContent content, Sealed sealedPhone,
            Recorder recorder, Instant now) {
        return create(partnerId, partnerName, content, sealedPhone, recorder, null, now);
    }

    /**
     * A new item imported from a spreadsheet row whose import key is {@code importKey} (unique; a row with a stored key
     * is not imported again, however the item was edited since).
     */
    public static SupplyItem create(Long partnerId, String partnerName, SupplyContent content, Sealed sealedPhone,
            Recorder recorder, String importKey, Instant now) {
        SupplyItem item = new SupplyItem();
        item.importKey = importKey;
        item.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        item.partnerName = Objects.requireNonNull(partnerName, "partnerName");
        item.capacity = Capacity.of(content.capacity());
        item.put(content, sealedPhone);
        item.status = SupplyStatus.DRAFT;
        item.createdBy = recorder.username();
        item.createdAt = now;
        item.updatedAt = now;
        ChangeSet initial = new ChangeSet().initial("partnerId", partnerId);
        item.describe(initial, null, content);
        item.record(now, "CREATED", recorder, null, initial);
        return item;
    }

    /**
     * The partner's edit of the content. A withdrawn item is not edited; the capacity never goes below what the
     * cooperations hold; the fields that really change go into the history.
     *
     * @return whether anything changed
     */
    public boolean edit(SupplyContent content, Sealed sealedPhone, Recorder editor, Instant now) {
        if (!status.isEditable()) {
            throw new ConflictException(Message.of("supply.notEditable", status));
        }
        Capacity newCapacity = capacity.withTotal(content.capacity());
        ChangeSet changes = new ChangeSet();
        describe(changes, current(), content);
        if (changes.isEmpty()) {
            return false;
        }
        capacity = newCapacity;
        put(content, sealedPhone);
        updatedAt = now;
        record(now, "EDITED", editor, null, changes);
        return true;
    }

    /** A named move, with an optional reason of at most {@value #REASON_MAX} characters. */
    public void apply(SupplyAction action, Recorder actor, String reason, Instant now) {
        String why = Text.clean(reason);
        if (why != null && Text.length(why) > REASON_MAX) {
            throw new RuleViolationException(Message.of("text.tooLong", REASON_MAX));
        }
        SupplyStatus from = status;
        status = action.from(status);
        if (status == SupplyStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        statusReason = why;
        updatedAt = now;
        record(now, action.name(), actor, why, new ChangeSet().compare("status", from, status));
    }

    /**
     * One more cooperation carried by this item (an intent agreed on it); refused (409) when nothing is left. The
     * caller holds the item locked, so that concurrent agreements are counted one after the other.
     */
    public void takeCapacity() {
        capacity = capacity.take();
    }

    /** One cooperation on this item finished (delivered) or dropped (cancelled). */
    public void releaseCapacity() {
        capacity = capacity.release();
    }

    /** Whether this item serves the whole region of {@code path}: one of its regions is that region or above it. */
    public boolean serves(String path) {
        return path != null && serviceAreas.stream().anyMatch(a -> a.covers(path));
    }

    /**
     * The text a search should find this item by: its title and description, and the names the caller looked up for
     * its category, its partner and its regions (the item itself keeps only their codes).
     */
    public String searchableText(String categoryName, String partnerName, Collection<String> regionNames) {
        return Stream.concat(Stream.of(title, description, categoryName, partnerName),
                        regionNames == null ? Stream.empty() : regionNames.stream())
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    /** The content as it stands, with the phone as given (clear text is not kept, so only a caller that opened it). */
    public SupplyContent current(PhoneNumber phone) {
        return new SupplyContent(categoryCode, title, description, serviceAreas, capacity.total(), fundingMode, priceNote,
                getTargetGroups(), contactName, phone);
    }

    private SupplyContent current() {
        return new SupplyContent(categoryCode, title, description, serviceAreas, capacity.total(), fundingMode, priceNote,
                getTargetGroups(), contactName, null);
    }

    private void put(SupplyContent content, Sealed sealedPhone) {
        categoryCode = content.category();
        title = content.title();
        description = content.description();
        serviceAreas.clear();
        serviceAreas.addAll(content.serviceAreas());
        fundingMode = content.fundingMode();
        priceNote = content.priceNote();
        targetGroups = TargetGroup.toColumn(content.targetGroups());
        contactName = content.contactName();
        if (content.contactPhone() == null) {
            contactPhoneSealed = null;
            contactPhoneMasked = null;
        } else {
            contactPhoneSealed = Objects.requireNonNull(sealedPhone, "sealedPhone");
            contactPhoneMasked = content.contactPhone().masked();
        }
    }

    /** Compares the content field by field; the phone by its masked form, so the history never holds it in clear. */
    private void describe(ChangeSet changes, SupplyContent before, SupplyContent after) {
        changes.compare("categoryCode", before == null ? null : before.category().value(), after.category().value())
                .compare("title", before == null ? null : before.title(), after.title())
                .compare("description", before == null ? null : before.description(), after.description())
                .compare("serviceRegionCodes", before == null ? null : codes(before.serviceAreas()),
                        codes(after.serviceAreas()))
                .compare("capacity", before == null ? null : before.capacity(), after.capacity())
                .compare("fundingMode", before == null ? null : before.fundingMode(), after.fundingMode())
                .compare("priceNote", before == null ? null : before.priceNote(), after.priceNote())
                .compare("targetGroups", before == null ? null : TargetGroup.sorted(before.targetGroups()),
                        TargetGroup.sorted(after.targetGroups()))
                .compare("contactName", before == null ? null : before.contactName(), after.contactName())
                .compare("contactPhone", before == null ? null : contactPhoneMasked,
                        after.contactPhone() == null ? null : after.contactPhone().masked());
    }

    private static List<String> codes(List<ServiceArea> areas) {
        return areas.stream().map(a -> a.getRegionCode().value()).toList();
    }


    private void record(Instant now, String action, Recorder actor, String reason, ChangeSet changes) {
        history.add(new SupplyEvent(this, now, action, actor, reason, changes.changes()));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public CategoryCode getCategoryCode() {
        return categoryCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<ServiceArea> getServiceAreas() {
        return Collections.unmodifiableList(serviceAreas);
    }

    public Capacity getCapacity() {
        return capacity;
    }

    public FundingMode getFundingMode() {
        return fundingMode;
    }

    public String getPriceNote() {
        return priceNote;
    }

    public Set<TargetGroup> getTargetGroups() {
        return TargetGroup.fromColumn(targetGroups);
    }

    public String getContactName() {
        return contactName;
    }

    public boolean isPartnerListed() {
        return partnerListed;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public Sealed getContactPhoneSealed() {
        return contactPhoneSealed;
    }

    public String getContactPhoneMasked() {
        return contactPhoneMasked;
    }

    public SupplyStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getImportKey() {
        return importKey;
    }

    public List<SupplyEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
