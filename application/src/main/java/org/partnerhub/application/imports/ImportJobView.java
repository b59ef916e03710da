package org.partnerhub.application.imports;

import java.time.Instant;
import java.util.List;
import org.partnerhub.domain.imports.ImportJobStatus;
import org.partnerhub.domain.shared.Message;

/**
 * An import job as its uploader reads it: status, counts, and the refused rows (at most
 * {@link ImportJobs#ERRORS_SHOWN}; {@code invalid} counts them all).
 */
public record ImportJobView(Long id, String kind, String fileName, String ownerName, ImportJobStatus status, int total,
        int processed, int imported, int duplicates, int invalid, Message failure, Instant createdAt, Instant startedAt,
        Instant finishedAt, List<ChunkResult.RowError> errors) {

    public boolean finished() {
        return status.isFinished();
    }

    /** The counts (and the failure) as the audit line of an ended job states them. */
    public String auditDetail() {
        return fileName + ": " + total + " rows, " + imported + " imported, " + duplicates + " already imported, "
                + invalid + " invalid" + (failure == null ? "" : "; failed: " + failure.key());
    }

    /** How far the job is, 0–100. */
    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, Math.round(processed * 100.0 / total));
    }
}
