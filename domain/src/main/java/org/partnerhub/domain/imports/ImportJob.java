package org.partnerhub.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;

/**
 * One upload of a spreadsheet and its processing in the background (导入任务): who uploaded which file of which kind
 * (needs, supply items, …) within which region, how far the work is, and how many rows were imported, skipped as
 * already imported, or refused. The refused rows' reasons are kept beside it as {@link ImportRowError}s.
 *
 * <p>A worker renews {@link #getUpdatedAt()} with every chunk it finishes; a job whose worker has been silent for
 * longer than {@link #STALE_AFTER} has lost it (a server stopped) and is failed, never left running forever.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** A queued or running job without any progress for this long has lost its worker. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(5);

    public static final int FILE_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "kind", nullable = false, length = 24, updatable = false)
    private String kind;

    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    @Column(name = "owner_name", nullable = false, length = 64, updatable = false)
    private String ownerName;

    /** The uploader's region path at the upload: the rows could only be imported within it. */
    @Column(name = "region_path", length = 255, updatable = false)
    private String regionPath;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ImportJobStatus status;

    @Column(name = "total_rows", nullable = false, updatable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "imported_rows", nullable = false)
    private int importedRows;

    @Column(name = "duplicate_rows", nullable = false)
    private int duplicateRows;

    @Column(name = "invalid_rows", nullable = false)
    private int invalidRows;

    @Column(name = "failure_key", length = 100)
    private String failureKey;

    @Column(name = "failure_detail", length = 1000)
    private String failureDetail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ImportJob() {
        // for JPA
    }

    public static ImportJob queue(String kind, Long ownerId, String ownerName, String regionPath, String fileName,
            int totalRows, Instant now) {
        ImportJob job = new ImportJob();
        job.kind = Objects.requireNonNull(kind, "kind");
        job.ownerId = ownerId;
        job.ownerName = Objects.requireNonNull(ownerName, "ownerName");
        job.regionPath = regionPath;
        job.fileName = cleanName(fileName);
        job.totalRows = totalRows;
        job.status = ImportJobStatus.QUEUED;
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    /** A file name as people see it: no path, no control characters, at most {@value #FILE_NAME_MAX} characters. */
    static String cleanName(String name) {
        String clean = name == null ? "" : name.replace('\\', '/');
        clean = clean.substring(clean.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            return "-";
        }
        return clean.length() > FILE_NAME_MAX ? clean.substring(0, FILE_NAME_MAX) : clean;
    }

    public void start(Instant now) {
        if (status != ImportJobStatus.QUEUED) {
            throw new ConflictException(Message.of("import.job.state", status));
        }
        status = ImportJobStatus.RUNNING;
        startedAt = now;
        updatedAt = now;
    }

    /** One more chunk done: its rows counted by outcome. */
    public void progress(int imported, int duplicates, int invalid, Instant now) {
        if (status != ImportJobStatus.RUNNING) {
            throw new ConflictException(Message.of("import.job.state", status));
        }
        importedRows += imported;
        duplicateRows += duplicates;
        invalidRows += invalid;
        processedRows += imported + duplicates + invalid;
        updatedAt = now;
    }

    public void finish(Instant now) {
        if (status != ImportJobStatus.RUNNING) {
            throw new ConflictException(Message.of("import.job.state", status));
        }
        status = ImportJobStatus.DONE;
        finishedAt = now;
        updatedAt = now;
    }

    /** Stops the job with a reason (a bundle key, and a detail for the operators); what was imported stays. */
    public void fail(String reasonKey, String detail, Instant now) {
        if (status.isFinished()) {
            return;
        }
        status = ImportJobStatus.FAILED;
        failureKey = Objects.requireNonNull(reasonKey, "reasonKey");
        failureDetail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        finishedAt = now;
        updatedAt = now;
    }

    /** Whether the job's worker has been silent too long (see {@link #STALE_AFTER}). */
    public boolean isStale(Instant now) {
        return !status.isFinished() && updatedAt.plus(STALE_AFTER).isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKind() {
        return kind;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportJobStatus getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getImportedRows() {
        return importedRows;
    }

    public int getDuplicateRows() {
        return duplicateRows;
    }

    public int getInvalidRows() {
        return invalidRows;
    }

    public Message getFailure() {
        return failureKey == null ? null : Message.of(failureKey);
    }

    public String getFailureDetail() {
        return failureDetail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
