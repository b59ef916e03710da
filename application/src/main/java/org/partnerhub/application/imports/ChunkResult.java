package org.partnerhub.application.imports;

import java.util.List;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.Message;

/**
 * What became of the rows of one chunk: how many were imported, how many were there already, and why each refused row
 * was refused (a row may have several reasons, one per column).
 */
public record ChunkResult(int imported, int duplicates, List<RowError> errors) {

    /** One reason to refuse a row: its spreadsheet row number, the column, the reason. */
    public record RowError(int row, String column, Message message) {

        /** Each field error of one row as a reason to refuse it (the field is the column). */
        public static List<RowError> of(int row, List<FieldError> problems) {
            return problems.stream().map(p -> new RowError(row, p.field(), p.message())).toList();
        }
    }

    public ChunkResult {
        errors = List.copyOf(errors);
    }

    /** The number of refused rows (not of reasons). */
    public int invalid() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }
}
