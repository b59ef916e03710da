package org.partnerhub.application.imports;

import java.util.List;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.account.Actor;

/**
 * The part of a spreadsheet import that knows one kind of record (needs, supply items, …): which columns it reads, how
 * a row becomes a record, which rows are already there. {@link ImportJobs} does the rest — the job, the background
 * work in chunks, the counts and the refused rows.
 */
public interface RowImporter {

    /** The kind of record, as jobs keep it (e.g. "NEED"); at most 24 characters. */
    String kind();

    /**
     * Prepares the import of one file for {@code actor}: checks the header (a missing column refuses the file with a
     * 400 before any job exists) and returns what imports its rows.
     */
    FileImport open(Actor actor, Spreadsheet sheet);

    /** Told once a job has ended (done or failed), outside any transaction: typically writes the audit line. */
    void finished(Actor actor, ImportJobView job);

    /** Imports the rows of one file, chunk by chunk; may keep what it looked up once for the whole file. */
    interface FileImport {

        /**
         * Imports {@code rows} inside the caller's transaction (one per chunk). Rows already imported (by an earlier
         * upload, or earlier in this file) are counted, not imported again; every refused row is reported.
         */
        ChunkResult importRows(List<Spreadsheet.Row> rows);
    }
}
