package org.partnerhub.domain.cooperation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.Text;

/**
 * A partnership project (合伙项目): what an agreed intent turns into (转化落地). The partner keeps its plan, dates and
 * milestones and reports progress; the community confirms delivery and evaluates it (1–5 and a comment), which ends it
 * and frees the item's capacity; the district may then pick it as a showcase case (典型案例) for the public. Either side
 * may cancel it before delivery, with a reason.
 */
@Entity
@Table(name = "partnership_project")
public class PartnershipProject {

    public static final int TITLE_MAX = 100;
    public static final int PLAN_MAX = 4000;
    public static final int COMMENT_MAX = 1000;
    public static final int MILESTONES_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "intent_id", nullable = false, updatable = false)
    private Long intentId;

    @Column(name = "need_id", nullable = false, updatable = false)
    private Long needId;

    @Column(name = "supply_id", nullable = false, updatable = false)
    private Long supplyId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "community_code", nullable = false, length = RegionCode.MAX_LENGTH, updatable = false)
    private RegionCode communityCode;

    @Column(name = "community_path", nullable = false, length = 255, updatable = false)
    private String communityPath;

    @Column(name = "category_code", nullable = false, length = CategoryCode.MAX_LENGTH, updatable = false)
    private CategoryCode categoryCode;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "plan", length = PLAN_MAX)
    private String plan;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProjectStatus status;

    @Column(name = "status_reason", length = COMMENT_MAX)
    private String statusReason;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "evaluation_comment", length = COMMENT_MAX)
    private String evaluationComment;

    @Column(name = "evaluated_by", length = 64)
    private String evaluatedBy;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    @Column(name = "showcase", nullable = false)
    private boolean showcase;

    @Column(name = "showcase_at")
    private Instant showcaseAt;

    @Column(name = "showcase_by", length = 64)
    private String showcaseBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt DESC, id DESC")
    private List<ProgressReport> reports = new ArrayList<>();

    protected PartnershipProject() {
        // for JPA
    }

    /** The project of an agreed intent, named after the need, starting on {@code startDate}. */
    public static PartnershipProject of(CooperationIntent intent, String title, LocalDate startDate, Instant now) {
        if (intent.getStatus() != IntentStatus.AGREED) {
            throw new ConflictException(Message.of("project.intentNotAgreed", intent.getStatus().name()));
        }
        PartnershipProject project = new PartnershipProject();
        project.intentId = Objects.requireNonNull(intent.getId(), "intent id");
        project.needId = intent.getNeedId();
        project.supplyId = intent.getSupplyId();
        project.partnerId = intent.getPartnerId();
        project.communityCode = intent.getCommunityCode();
        project.communityPath = intent.getCommunityPath();
        project.categoryCode = intent.getCategoryCode();
        String name = Text.clean(title);
        project.title = name == null ? "#" + intent.getId()
                : Text.length(name) > TITLE_MAX ? name.substring(0, name.offsetByCodePoints(0, TITLE_MAX)) : name;
        project.startDate = startDate;
        project.status = ProjectStatus.IN_PROGRESS;
        project.createdAt = now;
        project.updatedAt = now;
        return project;
    }

    /** The plan, dates and milestones as the partner keeps them; every wrong field is named at once. */
    public void plan(String planText, LocalDate start, LocalDate end, List<Milestone> steps, Instant now) {
        requireInProgress();
        List<FieldError> errors = new ArrayList<>();
        String text = Text.clean(planText);
        if (text != null && Text.length(text) > PLAN_MAX) {
            errors.add(FieldError.of("plan", "text.tooLong", PLAN_MAX));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(FieldError.of("endDate", "project.endBeforeStart"));
        }
        List<Milestone> cleaned = steps == null ? List.of() : steps;
        if (cleaned.size() > MILESTONES_MAX) {
            errors.add(FieldError.of("milestones", "project.milestones.tooMany", MILESTONES_MAX));
        }
        for (int i = 0; i < cleaned.size() && i < MILESTONES_MAX; i++) {
            String name = Text.clean(cleaned.get(i).getTitle());
            if (name == null) {
                errors.add(FieldError.of("milestones[" + i + "].title", "text.required"));
            } else if (Text.length(name) > Milestone.TITLE_MAX) {
                errors.add(FieldError.of("milestones[" + i + "].title", "text.tooLong", Milestone.TITLE_MAX));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        plan = text;
        startDate = start;
        endDate = end;
        milestones.clear();
        for (Milestone step : cleaned) {
            milestones.add(new Milestone(Text.clean(step.getTitle()), step.getDueDate(), step.isDone()));
        }
        updatedAt = now;
    }

    /** A progress report of the partner; photos are the keys of files the caller stored and checked. */
    public ProgressReport report(String text, Integer peopleServed, List<String> photoKeys, Recorder author,
            Instant now) {
        requireInProgress();
        List<FieldError> errors = new ArrayList<>();
        String cleaned = Text.clean(text);
        if (cleaned == null) {
            errors.add(FieldError.of("text", "text.required"));
        } else if (Text.length(cleaned) > ProgressReport.TEXT_MAX) {
            errors.add(FieldError.of("text", "text.tooLong", ProgressReport.TEXT_MAX));
        }
        if (peopleServed != null && (peopleServed < 0 || peopleServed > ProgressReport.PEOPLE_MAX)) {
            errors.add(FieldError.of("peopleServed", "number.range", 0, ProgressReport.PEOPLE_MAX));
        }
        List<String> photos = photoKeys == null ? List.of() : photoKeys;
        if (photos.size() > ProgressReport.PHOTOS_MAX) {
            errors.add(FieldError.of("photos", "project.photos.tooMany", ProgressReport.PHOTOS_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProgressReport report = new ProgressReport(this, cleaned, peopleServed == null ? 0 : peopleServed, photos,
                author, now);
        reports.add(0, report);
        updatedAt = now;
        return report;
    }

    /** The community confirms delivery and evaluates: 1–5 and an optional comment. The project is then DELIVERED. */
    public void deliver(Integer stars, String comment, Recorder evaluator, Instant now) {
        requireInProgress();
        List<FieldError> errors = new ArrayList<>();
        if (stars == null || stars < 1 || stars > 5) {
            errors.add(FieldError.of("rating", "number.range", 1, 5));
        }
        String text = Text.clean(comment);
        if (text != null && Text.length(text) > COMMENT_MAX) {
            errors.add(FieldError.of("comment", "text.tooLong", COMMENT_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rating = stars;
        evaluationComment = text;
        evaluatedBy = evaluator.username();
        evaluatedAt = now;
        status = ProjectStatus.DELIVERED;
        updatedAt = now;
    }

    /** Either side stops the project before delivery; the reason is required. */
    public void cancel(String reason, Instant now) {
        requireInProgress();
        String text = Text.clean(reason);
        if (text == null) {
            throw InvalidInputException.of("reason", "text.required");
        }
        if (Text.length(text) > COMMENT_MAX) {
            throw InvalidInputException.of("reason", "text.tooLong", COMMENT_MAX);
        }
        status = ProjectStatus.CANCELLED;
        statusReason = text;
        updatedAt = now;
    }

    /** The district picks (or unpicks) a delivered project as a showcase case. */
    public void showcase(boolean shown, Recorder admin, Instant now) {
        if (status != ProjectStatus.DELIVERED) {
            throw new ConflictException(Message.of("project.showcase.notDelivered", status.name()));
        }
        showcase = shown;
        showcaseAt = shown ? now : null;
        showcaseBy = shown ? admin.username() : null;
        updatedAt = now;
    }

    private void requireInProgress() {
        if (status != ProjectStatus.IN_PROGRESS) {
            throw new ConflictException(Message.of("project.notInProgress", status.name()));
        }
    }

    /** People served, as the reports add up. */
    public int peopleServed() {
        return reports.stream().mapToInt(ProgressReport::getPeopleServed).sum();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getIntentId() {
        return intentId;
    }

    public Long getNeedId() {
        return needId;
    }

    public Long getSupplyId() {
        return supplyId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public RegionCode getCommunityCode() {
        return communityCode;
    }

    public String getCommunityPath() {
        return communityPath;
    }

    public CategoryCode getCategoryCode() {
        return categoryCode;
    }

    public String getTitle() {
        return title;
    }

    public String getPlan() {
        return plan;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Integer getRating() {
        return rating;
    }

    public String getEvaluationComment() {
        return evaluationComment;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public boolean isShowcase() {
        return showcase;
    }

    public Instant getShowcaseAt() {
        return showcaseAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ProgressReport> getReports() {
        return Collections.unmodifiableList(reports);
    }
}
