package org.partnerhub.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.domain.imports.ImportJobStatus;
import org.partnerhub.web.shared.ApiTime;

/** An import job (of needs, supply items, …) as the API shows it, with its refused rows in the caller's language. */
public record ImportJobDto(long id, String fileName, ImportJobStatus status, int total, int processed, int imported,
        int duplicates, int invalid, int percent, String failure, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, List<RowErrorDto> errors) {

    /** One refused row: its spreadsheet row number, the column, why. */
    public record RowErrorDto(int row, String column, String message) {}

    public static ImportJobDto of(ImportJobView job, Locale locale) {
        return new ImportJobDto(job.id(), job.fileName(), job.status(), job.total(), job.processed(), job.imported(),
                job.duplicates(), job.invalid(), job.percent(),
                job.failure() == null ? null : job.failure().render(locale), ApiTime.of(job.createdAt()),
                ApiTime.of(job.startedAt()), ApiTime.of(job.finishedAt()),
                job.errors().stream().map(e -> new RowErrorDto(e.row(), e.column(), e.message().render(locale))).toList());
    }
}
