package org.partnerhub.domain.need;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ChangeSet;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.shared.Text;

/**
 * A need of one community (需求): what is wanted, for whom, how urgently, how it is funded, and where it came from. Its
 * owners (the community's staff, the street's staff) edit and move it; a partner may record one it found on a visit,
 * as a draft the community confirms. Every change is kept in the history with each field's old and new value, and
 * nothing is ever overwritten silently: concurrent edits are caught by the version.
 */
@Entity
@Table(name = "need")
public class Need {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "community_code", nullable = false, length = RegionCode.MAX_LENGTH, updatable = false)
    private RegionCode communityCode;

    /** The community's path in the region tree: a street's or district's scope is a prefix of it. */
    @Column(name = "region_path", nullable = false, length = 255, updatable = false)
    private String regionPath;

    @Column(name = "category_code", nullable = false, length = CategoryCode.MAX_LENGTH)
    private CategoryCode categoryCode;

    @Column(name = "title", nullable = false, length = NeedContent.TITLE_MAX)
    private String title;

    @Column(name = "description", nullable = false, length = NeedContent.DESCRIPTION_MAX)
    private String description;

    @Column(name = "beneficiaries", nullable = false)
    private int beneficiaries;

    /** The target groups' names, comma-separated in their declared order (empty when none is named). */
    @Column(name = "target_groups", nullable = false, length = 300)
    private String targetGroups;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_mode", nullable = false, length = 16)
    private FundingMode fundingMode;

    @Column(name = "budget_fen", nullable = false)
    private long budgetFen;

    /** The year of the community fund the budget is earmarked from. */
    @Column(name = "fund_year", nullable = false, updatable = false)
    private int fundYear;

    /**
     * Whether the community's side has taken this need on, so that its budget is earmarked from the fund: at once when
     * its staff record it; for a partner's draft only when they publish it. A draft by anyone else earmarks nothing, so
     * it can never empty a community's fund.
     */
    @Column(name = "fund_confirmed", nullable = false)
    private boolean fundConfirmed;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private NeedStatus status;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "merge_target_id")
    private Long mergedIntoId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_channel", nullable = false, length = 24, updatable = false)
    private SourceChannel sourceChannel;

    @Column(name = "visit_id", updatable = false)
    private Long visitId;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_by_name", length = 50, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_by_partner_id", updatable = false)
    private Long recordedByPartnerId;

    /** For needs from a spreadsheet: the key of the row, so that importing the same row again adds nothing. */
    @Column(name = "import_key", length = 64, updatable = false)
    private String importKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "need", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt DESC, id DESC")
    private List<NeedEvent> history = new ArrayList<>();

    protected Need() {
        // for JPA
    }

    /**
     * A need recorded in {@code community} (whose tree path is {@code communityPath}). It starts as a draft, or
     * published at once when {@code publish} is set (the caller has checked that the recorder may publish).
     */
    public static Need record(RegionCode community, String communityPath, NeedContent content, NeedSource source,
            Recorder recorder, int fundYear, String importKey, boolean publish, Instant now) {
        Need need = new Need();
        need.communityCode = Objects.requireNonNull(community, "community");
        need.regionPath = Objects.requireNonNull(communityPath, "communityPath");
        need.put(content);
        need.fundYear = fundYear;
        need.status = NeedStatus.DRAFT;
        need.sourceChannel = source.channel();
        need.visitId = source.visitId();
        need.recordedBy = recorder.username();
        need.recordedByName = recorder.displayName();
        need.recordedByPartnerId = recorder.partnerId();
        need.fundConfirmed = recorder.partnerId() == null;
        need.importKey = importKey;
        need.createdAt = now;
        need.updatedAt = now;
        ChangeSet initial = new ChangeSet()
                .initial("communityCode", community.value())
                .initial("sourceChannel", source.channel())
                .initial("visitId", source.visitId())
                .initial("fundYear", fundYear);
        describe(initial, null, content);
        need.record(now, "CREATED", recorder, null, initial);
        if (publish) {
            need.apply(NeedAction.PUBLISH, recorder, null, now);
        }
        return need;
    }

    /**
     * The owners' edit of the content. Only a draft or published need is edited; the fields that really change go
     * into the history.
     *
     * @return whether anything changed
     */
    public boolean edit(NeedContent content, Recorder editor, Instant now) {
        if (!status.isEditable()) {
            throw new ConflictException(Message.of("need.notEditable", status));
        }
        ChangeSet changes = new ChangeSet();
        describe(changes, current(), content);
        if (changes.isEmpty()) {
            return false;
        }
        put(content);
        updatedAt = now;
        record(now, "EDITED", editor, null, changes);
        return true;
    }

    /** A named move; CLOSE needs a reason (at most {@value #REASON_MAX} characters). */
    public void apply(NeedAction action, Recorder actor, String reason, Instant now) {
        String why = Text.clean(reason);
        if (action.needsReason() && why == null) {
            throw new RuleViolationException(Message.of("need.reason.required"));
        }
        if (why != null && Text.length(why) > REASON_MAX) {
            throw new RuleViolationException(Message.of("text.tooLong", REASON_MAX));
        }
        if (action == NeedAction.REOPEN && mergedIntoId != null) {
            throw new ConflictException(Message.of("need.merged", mergedIntoId));
        }
        NeedStatus from = status;
        status = action.from(status);
        if (action == NeedAction.PUBLISH && publishedAt == null) {
            publishedAt = now;
        }
        if (action == NeedAction.PUBLISH) {
            fundConfirmed = true; // only the community's side publishes: from now on its fund holds the budget
        }
        statusReason = action == NeedAction.CLOSE ? why : null;
        updatedAt = now;
        record(now, action.name(), actor, why, new ChangeSet().compare("status", from, status));
    }

    /**
     * Closes this need as merged into {@code target}: the target stays and both histories say so. Both must be open,
     * distinct (the service also requires the same street); this one must still be a draft or published.
     */
    public void mergeInto(Need target, Recorder actor, String reason, Instant now) {
        if (target == this || Objects.equals(target.id, id)) {
            throw new RuleViolationException(Message.of("need.merge.self"));
        }
        if (!NeedStatus.OPEN.contains(target.status)) {
            throw new ConflictException(Message.of("need.merge.targetClosed", target.id, target.status));
        }
        if (!NeedAction.CLOSE.allowedFrom(status)) {
            throw new ConflictException(Message.of("need.transition", NeedAction.CLOSE, status));
        }
        String why = Text.clean(reason);
        if (why != null && Text.length(why) > REASON_MAX) {
            throw new RuleViolationException(Message.of("text.tooLong", REASON_MAX));
        }
        NeedStatus from = status;
        status = NeedStatus.CLOSED;
        mergedIntoId = target.id;
        statusReason = why;
        updatedAt = now;
        record(now, "MERGED_INTO", actor, why,
                new ChangeSet().compare("status", from, status).compare("mergedIntoId", null, target.id));
        target.updatedAt = now;
        target.record(now, "MERGED_FROM", actor, why, new ChangeSet().compare("mergedFromId", null, id));
    }

    /**
     * What this need holds of its community's fund for {@link #getFundYear()}: its budget unless closed, and only once
     * the community's side has taken it on.
     */
    public long earmark() {
        return status.earmarks() && fundConfirmed ? budgetFen : 0;
    }

    /** Whether the community's side has taken this need on, so that its fund holds the budget. */
    public boolean isFundConfirmed() {
        return fundConfirmed;
    }

    /** Whether this need belongs to the street (or district) whose tree path is {@code path}. */
    public boolean isWithin(String path) {
        return path != null && regionPath.startsWith(path);
    }

    /** The path of this need's street: its community's path without the last step. */
    public String streetPath() {
        String trimmed = regionPath.substring(0, regionPath.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }

    public NeedContent current() {
        return new NeedContent(categoryCode, title, description, beneficiaries, getTargetGroups(), urgency, fundingMode,
                budgetFen);
    }

    private void put(NeedContent content) {
        categoryCode = content.category();
        title = content.title();
        description = content.description();
        beneficiaries = content.beneficiaries();
        targetGroups = TargetGroup.toColumn(content.targetGroups());
        urgency = content.urgency();
        fundingMode = content.fundingMode();
        budgetFen = content.budgetFen();
    }

    private static void describe(ChangeSet changes, NeedContent before, NeedContent after) {
        changes.compare("categoryCode", before == null ? null : before.category().value(), after.category().value())
                .compare("title", before == null ? null : before.title(), after.title())
                .compare("description", before == null ? null : before.description(), after.description())
                .compare("beneficiaries", before == null ? null : before.beneficiaries(), after.beneficiaries())
                .compare("targetGroups", before == null ? null : TargetGroup.sorted(before.targetGroups()), TargetGroup.sorted(after.targetGroups()))
                .compare("urgency", before == null ? null : before.urgency(), after.urgency())
                .compare("fundingMode", before == null ? null : before.fundingMode(), after.fundingMode())
                .compare("budgetFen", before == null ? null : before.budgetFen(), after.budgetFen());
    }


    private void record(Instant now, String action, Recorder actor, String reason, ChangeSet changes) {
        history.add(new NeedEvent(this, now, action, actor, reason, changes.changes()));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RegionCode getCommunityCode() {
        return communityCode;
    }

    public String getRegionPath() {
        return regionPath;
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

    public int getBeneficiaries() {
        return beneficiaries;
    }

    public Set<TargetGroup> getTargetGroups() {
        return TargetGroup.fromColumn(targetGroups);
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public FundingMode getFundingMode() {
        return fundingMode;
    }

    public long getBudgetFen() {
        return budgetFen;
    }

    public int getFundYear() {
        return fundYear;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public SourceChannel getSourceChannel() {
        return sourceChannel;
    }

    public Long getVisitId() {
        return visitId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Long getRecordedByPartnerId() {
        return recordedByPartnerId;
    }

    public String getImportKey() {
        return importKey;
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

    public List<NeedEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
