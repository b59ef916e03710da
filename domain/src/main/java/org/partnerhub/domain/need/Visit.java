package org.partnerhub.domain.need;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.Text;

/**
 * A community visit (串门走访): a partner or staff member went to a community for field research, a symposium or a
 * resident deliberation day, and wrote down who took part and what was said. Needs found there link back to it.
 */
@Entity
@Table(name = "visit")
public class Visit {

    public static final int PARTICIPANTS_MAX = 1000;
    public static final int SUMMARY_MAX = 4000;
    public static final int PARTICIPANT_COUNT_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "community_code", nullable = false, length = RegionCode.MAX_LENGTH, updatable = false)
    private RegionCode communityCode;

    @Column(name = "region_path", nullable = false, length = 255, updatable = false)
    private String regionPath;

    @Column(name = "visit_date", nullable = false, updatable = false)
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 24, updatable = false)
    private VisitFormat format;

    @Column(name = "participant_count", nullable = false, updatable = false)
    private int participantCount;

    @Column(name = "participants", nullable = false, length = PARTICIPANTS_MAX, updatable = false)
    private String participants;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX, updatable = false)
    private String summary;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_by_name", length = 50, updatable = false)
    private String recordedByName;

    @Column(name = "recorded_by_partner_id", updatable = false)
    private Long recordedByPartnerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Visit() {
        // for JPA
    }

    /**
     * A visit to {@code community} on {@code date} (not in the future, as seen on {@code today} in the district's
     * time zone). Every invalid field is reported at once.
     */
    public static Visit record(RegionCode community, String communityPath, LocalDate date, VisitFormat format,
            Integer participantCount, String participants, String summary, Recorder recorder, LocalDate today,
            Instant now) {
        List<FieldError> errors = check(date, format, participantCount, participants, summary, today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String who = Text.clean(participants);
        String what = Text.clean(summary);
        Visit visit = new Visit();
        visit.communityCode = Objects.requireNonNull(community, "community");
        visit.regionPath = Objects.requireNonNull(communityPath, "communityPath");
        visit.visitDate = date;
        visit.format = format;
        visit.participantCount = participantCount;
        visit.participants = who;
        visit.summary = what;
        visit.recordedBy = recorder.username();
        visit.recordedByName = recorder.displayName();
        visit.recordedByPartnerId = recorder.partnerId();
        visit.createdAt = now;
        return visit;
    }

    /** What is wrong with the fields of a visit, all at once; empty when nothing is. */
    public static List<FieldError> check(LocalDate date, VisitFormat format, Integer participantCount,
            String participants, String summary, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(FieldError.of("visitDate", "text.required"));
        } else if (date.isAfter(today)) {
            errors.add(FieldError.of("visitDate", "visit.date.future"));
        }
        if (format == null) {
            errors.add(FieldError.of("format", "text.required"));
        }
        if (participantCount == null || participantCount < 1 || participantCount > PARTICIPANT_COUNT_MAX) {
            errors.add(FieldError.of("participantCount", "number.range", 1, PARTICIPANT_COUNT_MAX));
        }
        String who = Text.clean(participants);
        if (who == null) {
            errors.add(FieldError.of("participants", "text.required"));
        } else if (Text.length(who) > PARTICIPANTS_MAX) {
            errors.add(FieldError.of("participants", "text.tooLong", PARTICIPANTS_MAX));
        }
        String what = Text.clean(summary);
        if (what == null) {
            errors.add(FieldError.of("summary", "text.required"));
        } else if (Text.length(what) > SUMMARY_MAX) {
            errors.add(FieldError.of("summary", "text.tooLong", SUMMARY_MAX));
        }
        return errors;
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

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public VisitFormat getFormat() {
        return format;
    }

    public int getParticipantCount() {
        return participantCount;
    }

    public String getParticipants() {
        return participants;
    }

    public String getSummary() {
        return summary;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
