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
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ChangeSet;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Text;

/**
 * A governance pain point (治理痛点) of one street: a difficulty of governing itself, such as "volunteer services lack
 * a brand". Each street keeps its own list; the same history rules as for needs apply.
 */
@Entity
@Table(name = "pain_point")
public class PainPoint {

    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "street_code", nullable = false, length = RegionCode.MAX_LENGTH, updatable = false)
    private RegionCode streetCode;

    @Column(name = "region_path", nullable = false, length = 255, updatable = false)
    private String regionPath;

    @Column(name = "category_code", nullable = false, length = CategoryCode.MAX_LENGTH)
    private CategoryCode categoryCode;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PainPointStatus status;

    @Column(name = "status_reason", length = Need.REASON_MAX)
    private String statusReason;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "painPoint", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt DESC, id DESC")
    private List<PainPointEvent> history = new ArrayList<>();

    protected PainPoint() {
        // for JPA
    }

    public static PainPoint record(RegionCode street, String streetPath, CategoryCode category, String title,
            String description, Recorder recorder, boolean publish, Instant now) {
        PainPoint point = new PainPoint();
        point.streetCode = Objects.requireNonNull(street, "street");
        point.regionPath = Objects.requireNonNull(streetPath, "streetPath");
        point.status = PainPointStatus.DRAFT;
        point.recordedBy = recorder.username();
        point.createdAt = now;
        point.updatedAt = now;
        ChangeSet initial = new ChangeSet().initial("streetCode", street.value());
        point.put(category, title, description, initial);
        point.record(now, "CREATED", recorder, null, initial);
        if (publish) {
            point.apply(PainPointAction.PUBLISH, recorder, null, now);
        }
        return point;
    }

    /** The street's edit of category, title and description; only what really changes goes into the history. */
    public boolean edit(CategoryCode category, String title, String description, Recorder editor, Instant now) {
        if (status == PainPointStatus.CLOSED) {
            throw new ConflictException(Message.of("painPoint.notEditable", status));
        }
        ChangeSet changes = new ChangeSet();
        put(category, title, description, changes);
        if (changes.isEmpty()) {
            return false;
        }
        updatedAt = now;
        record(now, "EDITED", editor, null, changes);
        return true;
    }

    public void apply(PainPointAction action, Recorder actor, String reason, Instant now) {
        String why = Text.clean(reason);
        if (action.needsReason() && why == null) {
            throw new RuleViolationException(Message.of("need.reason.required"));
        }
        if (why != null && Text.length(why) > Need.REASON_MAX) {
            throw new RuleViolationException(Message.of("text.tooLong", Need.REASON_MAX));
        }
        PainPointStatus from = status;
        status = action.from(status);
        statusReason = why;
        updatedAt = now;
        record(now, action.name(), actor, why, new ChangeSet().compare("status", from, status));
    }

    /** What is wrong with the fields of a pain point, all at once; empty when nothing is. */
    public static List<FieldError> check(CategoryCode category, String title, String description) {
        String newTitle = Text.clean(title);
        String newDescription = Text.clean(description);
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(FieldError.of("categoryCode", "text.required"));
        }
        if (newTitle == null) {
            errors.add(FieldError.of("title", "text.required"));
        } else if (Text.length(newTitle) > TITLE_MAX) {
            errors.add(FieldError.of("title", "text.tooLong", TITLE_MAX));
        }
        if (newDescription == null) {
            errors.add(FieldError.of("description", "text.required"));
        } else if (Text.length(newDescription) > DESCRIPTION_MAX) {
            errors.add(FieldError.of("description", "text.tooLong", DESCRIPTION_MAX));
        }
        return errors;
    }

    /** Validates all three fields at once, then applies them, noting each change. */
    private void put(CategoryCode category, String rawTitle, String rawDescription, ChangeSet changes) {
        List<FieldError> errors = check(category, rawTitle, rawDescription);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String newTitle = Text.clean(rawTitle);
        String newDescription = Text.clean(rawDescription);
        changes.compare("categoryCode", categoryCode == null ? null : categoryCode.value(), category.value())
                .compare("title", title, newTitle)
                .compare("description", description, newDescription);
        categoryCode = category;
        title = newTitle;
        description = newDescription;
    }

    private void record(Instant now, String action, Recorder actor, String reason, ChangeSet changes) {
        history.add(new PainPointEvent(this, now, action, actor, reason, changes.changes()));
    }

    public boolean isWithin(String path) {
        return path != null && regionPath.startsWith(path);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RegionCode getStreetCode() {
        return streetCode;
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

    public PainPointStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PainPointEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
