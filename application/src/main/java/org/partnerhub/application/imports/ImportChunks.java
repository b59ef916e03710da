package org.partnerhub.application.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.imports.ImportJob;
import org.partnerhub.domain.imports.ImportJobRepository;
import org.partnerhub.domain.imports.ImportRowError;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Message;

/**
 * The transactions of a running import, each on its own: starting the job, one chunk of rows with the job's counts
 * (so that the progress is visible as soon as a chunk is committed, and no file holds one giant transaction), and
 * the end.
 */
@ApplicationScoped
class ImportChunks {

    @Inject
    ImportJobRepository jobs;

    @Inject
    Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    ImportJob queue(Actor actor, String kind, String fileName, int rows) {
        ImportJob job = ImportJob.queue(kind, actor.userId(), actor.username(), actor.regionPath(), fileName, rows,
                clock.instant());
        jobs.add(job);
        jobs.flush();
        return job;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void start(Long jobId) {
        locked(jobId).start(clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    void run(Long jobId, RowImporter.FileImport file, List<Spreadsheet.Row> rows) {
        ChunkResult result = file.importRows(rows);
        List<ImportRowError> errors = new ArrayList<>();
        for (ChunkResult.RowError error : result.errors()) {
            errors.add(new ImportRowError(jobId, error.row(), error.column(), error.message()));
        }
        jobs.addErrors(errors);
        locked(jobId).progress(result.imported(), result.duplicates(), result.invalid(), clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    void finish(Long jobId) {
        locked(jobId).finish(clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    void fail(Long jobId, String reasonKey, String detail) {
        locked(jobId).fail(reasonKey, detail, clock.instant());
    }

    private ImportJob locked(Long jobId) {
        return jobs.findForUpdate(jobId).orElseThrow(() -> new NotFoundException(Message.of("import.job.notFound", jobId)));
    }
}
