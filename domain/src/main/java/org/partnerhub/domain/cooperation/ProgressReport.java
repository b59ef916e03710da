package org.partnerhub.domain.cooperation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.partnerhub.domain.shared.Recorder;

/** A partner's report on a project's progress: what was done, how many people were served, photos (file keys). */
@Entity
@Table(name = "project_report")
public class ProgressReport {

    public static final int TEXT_MAX = 2000;
    public static final int PEOPLE_MAX = 1_000_000;
    public static final int PHOTOS_MAX = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private PartnershipProject project;

    @Column(name = "text", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "people_served", nullable = false, updatable = false)
    private int peopleServed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_report_photo", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_key", nullable = false, length = 36)
    private List<String> photoKeys = new ArrayList<>();

    @Column(name = "author_name", nullable = false, length = 64, updatable = false)
    private String authorName;

    @Column(name = "author_display", length = 50, updatable = false)
    private String authorDisplay;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProgressReport() {
        // for JPA
    }

    ProgressReport(PartnershipProject project, String text, int peopleServed, List<String> photoKeys, Recorder author,
            Instant createdAt) {
        this.project = project;
        this.text = text;
        this.peopleServed = peopleServed;
        this.photoKeys.addAll(photoKeys);
        this.authorName = author.username();
        this.authorDisplay = author.displayName();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public int getPeopleServed() {
        return peopleServed;
    }

    public List<String> getPhotoKeys() {
        return Collections.unmodifiableList(photoKeys);
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorDisplay() {
        return authorDisplay;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
