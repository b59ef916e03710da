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
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Text;

/**
 * An admitted organisation in the resource library (资源库). It keeps its profile and the regions and categories it
 * serves; the partner edits contact, introduction, regions and categories itself (each change in the history), while a
 * new name or credit code goes back to review as a change application. The district suspends, reinstates or removes
 * it; the partner may withdraw.
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Embedded
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PartnerStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_service_area", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    private List<ServiceArea> serviceAreas = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_category", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    @Column(name = "category_code", length = CategoryCode.MAX_LENGTH)
    @Convert(converter = CategoryCodeConverter.class)
    private List<CategoryCode> categoryCodes = new ArrayList<>();

    /** The credit code while the partner is active or suspended, else null: a unique key allows one such partner. */
    @Column(name = "current_credit_code", length = CreditCode.LENGTH)
    private String currentCreditCode;

    @Column(name = "application_number", nullable = false, length = 20)
    private String applicationNumber;

    @Column(name = "admitted_at", nullable = false)
    private Instant admittedAt;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "partner", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt DESC, id DESC")
    private List<PartnerEvent> history = new ArrayList<>();

    protected Partner() {
        // for JPA
    }

    /** The partner an admitted application creates. */
    public static Partner admit(PartnerApplication application, List<ServiceArea> areas, String reviewer, Instant now) {
        if (application.getStatus() != ApplicationStatus.ADMITTED || application.getKind() != ApplicationKind.NEW) {
            throw new IllegalStateException("only an admitted new application makes a partner");
        }
        Partner partner = new Partner();
        partner.organisation = application.getOrganisation();
        partner.status = PartnerStatus.ACTIVE;
        partner.serviceAreas.addAll(areas);
        partner.categoryCodes.addAll(application.getCategoryCodes());
        partner.applicationNumber = application.getNumber();
        partner.admittedAt = now;
        partner.updatedAt = now;
        partner.record(now, "ADMITTED", reviewer, null, application.getDecisionReason());
        partner.keepUniqueKey();
        return partner;
    }

    /**
     * The partner's own edit of what it may change without review. Only an active or suspended partner edits; every
     * changed field goes into the history.
     *
     * @return whether anything changed
     */
    public boolean editProfile(Organisation edited, List<ServiceArea> areas, List<CategoryCode> categories, String actor,
            Instant now) {
        if (status == PartnerStatus.REMOVED || status == PartnerStatus.WITHDRAWN) {
            throw new RuleViolationException(Message.of("partner.closed", status));
        }
        if (!edited.getName().equals(organisation.getName())
                || !edited.getCreditCode().equals(organisation.getCreditCode())) {
            throw new RuleViolationException(Message.of("partner.identity.needsReview"));
        }
        if (areas.isEmpty() || areas.size() > PartnerApplication.MAX_SERVICE_REGIONS) {
            throw new RuleViolationException(Message.of("application.serviceRegions.count",
                    PartnerApplication.MAX_SERVICE_REGIONS));
        }
        if (categories.isEmpty() || categories.size() > PartnerApplication.MAX_CATEGORIES) {
            throw new RuleViolationException(Message.of("application.categories.count", PartnerApplication.MAX_CATEGORIES));
        }
        List<String> changes = new ArrayList<>(edited.differencesFrom(organisation));
        List<String> oldAreas = serviceAreas.stream().map(a -> a.getRegionCode().value()).toList();
        List<String> newAreas = areas.stream().distinct().map(a -> a.getRegionCode().value()).toList();
        if (!oldAreas.equals(newAreas)) {
            changes.add("serviceRegions: " + String.join(",", oldAreas) + " → " + String.join(",", newAreas));
        }
        List<String> oldCategories = categoryCodes.stream().map(CategoryCode::value).toList();
        List<String> newCategories = categories.stream().distinct().map(CategoryCode::value).toList();
        if (!oldCategories.equals(newCategories)) {
            changes.add("categories: " + String.join(",", oldCategories) + " → " + String.join(",", newCategories));
        }
        if (changes.isEmpty()) {
            return false;
        }
        organisation = edited;
        serviceAreas.clear();
        serviceAreas.addAll(areas.stream().distinct().toList());
        categoryCodes.clear();
        categoryCodes.addAll(categories.stream().distinct().toList());
        updatedAt = now;
        record(now, "PROFILE_EDITED", actor, String.join("\n", changes), null);
        return true;
    }

    /** A reviewed change of name and credit code, applied once its application is admitted. */
    public void changeIdentity(PartnerApplication change, String reviewer, Instant now) {
        if (change.getKind() != ApplicationKind.CHANGE || change.getStatus() != ApplicationStatus.ADMITTED
                || !Objects.equals(change.getPartnerId(), id)) {
            throw new IllegalStateException("not an admitted change of this partner");
        }
        Organisation renamed = organisation.withIdentity(change.getOrganisation().getName(),
                change.getOrganisation().creditCode());
        List<String> changes = renamed.differencesFrom(organisation);
        organisation = renamed;
        updatedAt = now;
        record(now, "IDENTITY_CHANGED", reviewer, String.join("\n", changes) + "\n(" + change.getNumber() + ")",
                change.getDecisionReason());
        keepUniqueKey();
    }

    /** Suspend, reinstate, remove (the district's acts) or withdraw (the partner's), always with a reason. */
    public void apply(PartnerStatus.Action action, String actor, String reason, Instant now) {
        String why = Text.clean(reason);
        if (why == null) {
            throw new RuleViolationException(Message.of("partner.reason.required"));
        }
        if (Text.length(why) > 1000) {
            throw new RuleViolationException(Message.of("text.tooLong", 1000));
        }
        PartnerStatus from = status;
        status = status.after(action);
        statusReason = why;
        updatedAt = now;
        record(now, action.name(), actor, "status: " + from + " → " + status, why);
        keepUniqueKey();
    }

    /** Called after every change of status or identity: the unique key follows them. */
    private void keepUniqueKey() {
        boolean current = status == PartnerStatus.ACTIVE || status == PartnerStatus.SUSPENDED;
        currentCreditCode = current ? organisation.getCreditCode() : null;
    }

    public boolean isListed() {
        return status == PartnerStatus.ACTIVE;
    }

    /** Whether this partner serves {@code regionPath} (a region it serves is that region or above it). */
    public boolean serves(String regionPath) {
        return serviceAreas.stream().anyMatch(a -> a.covers(regionPath));
    }

    private void record(Instant now, String action, String actor, String detail, String reason) {
        history.add(new PartnerEvent(this, now, action, actor, detail, reason));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public PartnerStatus getStatus() {
        return status;
    }

    public List<ServiceArea> getServiceAreas() {
        return Collections.unmodifiableList(serviceAreas);
    }

    public List<CategoryCode> getCategoryCodes() {
        return Collections.unmodifiableList(categoryCodes);
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public Instant getAdmittedAt() {
        return admittedAt;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PartnerEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
