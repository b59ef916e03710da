package org.partnerhub.domain.imports;

/** Where an import job is: waiting for a worker, working through its rows, finished, or stopped by a failure. */
public enum ImportJobStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
