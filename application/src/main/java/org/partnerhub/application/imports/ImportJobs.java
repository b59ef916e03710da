package org.partnerhub.application.imports;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.SchemaReady;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.imports.ImportJob;
import org.partnerhub.domain.imports.ImportJobRepository;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;

/**
 * Spreadsheet imports as background jobs, for any kind of record a {@link RowImporter} knows. An upload is read and
 * its header checked at once (a file that is no spreadsheet, or lacks a column, is refused before any job exists);
 * then a job is queued and a managed thread works through the rows in chunks of {@value #CHUNK} rows, each chunk in
 * its own transaction with the job's counts, so a page can show the progress while it runs.
 *
 * <p>A job whose server stops is not left running forever: at start-up, and whenever a job is read, a job whose worker
 * has been silent for {@link ImportJob#STALE_AFTER} is failed with a reason. Rows committed before stay imported, and
 * uploading the file again imports only the rest (the importers recognise rows already imported).
 */
@ApplicationScoped
public class ImportJobs {

    /** Rows per transaction. */
    public static final int CHUNK = 500;

    /** At most this many refused rows are listed with a job (all are counted). */
    public static final int ERRORS_SHOWN = 1000;

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportChunks chunks;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    /**
     * Reads the file, lets the importer check its header, queues the job and starts it in the background.
     *
     * @return the queued job
     */
    public ImportJobView start(Actor actor, RowImporter importer, String fileName, byte[] content, int maxRows) {
        access.requireSignedIn(actor);
        Spreadsheet sheet = Spreadsheet.read(content, maxRows);
        RowImporter.FileImport file = importer.open(actor, sheet);
        if (sheet.rows().isEmpty()) {
            throw new InvalidInputException(new FieldError("file", 2, Message.of("spreadsheet.noRows")));
        }
        ImportJobView queued = view(chunks.queue(actor, importer.kind(), fileName, sheet.rows().size()), List.of());
        Long jobId = queued.id();
        try {
            executor.submit(() -> work(actor, importer, file, jobId, sheet.rows()));
        } catch (RejectedExecutionException e) {
            chunks.fail(jobId, "import.failed.busy", e.toString());
            throw new org.partnerhub.domain.shared.ConflictException(Message.of("import.failed.busy"));
        }
        return queued;
    }

    /**
     * A job, for its uploader or a district administrator (anyone else: not found, as if it did not exist); failed
     * first when its worker has been silent too long.
     */
    @Transactional
    public ImportJobView get(Actor actor, Long id, String kind) {
        access.requireSignedIn(actor);
        ImportJob job = jobs.find(id)
                .filter(j -> kind == null || j.getKind().equals(kind))
                .filter(j -> mayRead(actor, j))
                .orElseThrow(() -> new NotFoundException(Message.of("import.job.notFound", id)));
        if (job.isStale(clock.instant())) {
            job = jobs.findForUpdate(id).orElseThrow();
            job.fail("import.failed.stopped", "no progress for " + ImportJob.STALE_AFTER, clock.instant());
        }
        return view(job, errors(id));
    }

    private List<ChunkResult.RowError> errors(Long jobId) {
        return jobs.errors(jobId, ERRORS_SHOWN).stream()
                .map(e -> new ChunkResult.RowError(e.getRowNumber(), e.getColumn(), e.getMessage()))
                .toList();
    }

    static boolean mayRead(Actor actor, ImportJob job) {
        return actor.is(Role.DISTRICT_ADMIN) || (actor.userId() != null && actor.userId().equals(job.getOwnerId()));
    }

    /** At start-up: the jobs a stopped server left queued or running are failed with a reason. */
    @Transactional
    void failStale(@Observes @Priority(300) SchemaReady ready) {
        Instant now = clock.instant();
        for (ImportJob job : jobs.findStale(now.minus(ImportJob.STALE_AFTER))) {
            job.fail("import.failed.stopped", "found stale at start-up", now);
            LOG.warning(() -> "Import job " + job.getId() + " had stopped with its server; marked failed");
        }
    }

    private void work(Actor actor, RowImporter importer, RowImporter.FileImport file, Long jobId,
            List<Spreadsheet.Row> rows) {
        try {
            chunks.start(jobId);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Spreadsheet.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                try {
                    chunks.run(jobId, file, chunk);
                } catch (RuntimeException first) {
                    // e.g. another upload of the same rows committed first: once more, those rows are now duplicates
                    LOG.log(Level.INFO, "Import job " + jobId + ": chunk at row " + chunk.get(0).number()
                            + " failed once, retrying", first);
                    chunks.run(jobId, file, chunk);
                }
            }
            chunks.finish(jobId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import job " + jobId + " failed", e);
            try {
                chunks.fail(jobId, "import.failed.error", e.toString());
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "Import job " + jobId + " could not be marked failed", again);
            }
        }
        try {
            ImportJob ended = jobs.find(jobId).orElseThrow();
            importer.finished(actor, view(ended, errors(jobId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import job " + jobId + ": the end could not be reported", e);
        }
    }

    static ImportJobView view(ImportJob job, List<ChunkResult.RowError> errors) {
        return new ImportJobView(job.getId(), job.getKind(), job.getFileName(), job.getOwnerName(), job.getStatus(),
                job.getTotalRows(), job.getProcessedRows(), job.getImportedRows(), job.getDuplicateRows(),
                job.getInvalidRows(), job.getFailure(), job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt(),
                errors);
    }
}
