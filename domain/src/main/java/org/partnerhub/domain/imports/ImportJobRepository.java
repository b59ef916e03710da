package org.partnerhub.domain.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Import jobs and the reasons of their refused rows. */
public interface ImportJobRepository {

    void add(ImportJob job);

    Optional<ImportJob> find(Long id);

    /** The job, locked for this transaction (a chunk's counts and the stale-job check never cross). */
    Optional<ImportJob> findForUpdate(Long id);

    void addErrors(List<ImportRowError> errors);

    /** A job's refused rows in row order, at most {@code limit}. */
    List<ImportRowError> errors(Long jobId, int limit);

    /** The jobs that are queued or running but whose worker has not reported since {@code silentSince}. */
    List<ImportJob> findStale(Instant silentSince);

    void flush();
}
