package org.partnerhub.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.partnerhub.domain.shared.Message;

/**
 * Why one row of an import was refused: its row number in the spreadsheet, the column, and the reason as a bundle key
 * with its arguments, rendered in the reader's language when it is read.
 */
@Entity
@Table(name = "import_row_error")
public class ImportRowError {

    private static final String SEPARATOR = "\u001F";
    private static final int ARGS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false, updatable = false)
    private Long jobId;

    @Column(name = "row_no", nullable = false, updatable = false)
    private int rowNumber;

    @Column(name = "column_name", length = 64, updatable = false)
    private String column;

    @Column(name = "message_key", nullable = false, length = 100, updatable = false)
    private String messageKey;

    @Column(name = "message_args", length = ARGS_MAX, updatable = false)
    private String messageArgs;

    protected ImportRowError() {
        // for JPA
    }

    public ImportRowError(Long jobId, int rowNumber, String column, Message message) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.rowNumber = rowNumber;
        this.column = column == null || column.length() <= 64 ? column : column.substring(0, 64);
        this.messageKey = message.key();
        Object[] args = message.args();
        if (args.length > 0) {
            String joined = String.join(SEPARATOR, Arrays.stream(args).map(a -> a == null ? "" : a.toString())
                    .map(a -> a.replace(SEPARATOR, " ")).toList());
            this.messageArgs = joined.length() <= ARGS_MAX ? joined : joined.substring(0, ARGS_MAX);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getJobId() {
        return jobId;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getColumn() {
        return column;
    }

    public Message getMessage() {
        List<Object> args = new ArrayList<>();
        if (messageArgs != null) {
            args.addAll(Arrays.asList((Object[]) messageArgs.split(SEPARATOR, -1)));
        }
        return Message.of(messageKey, args.toArray());
    }
}
