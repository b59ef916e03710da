package org.partnerhub.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Messages;

/**
 * What every import page does, whatever it imports: the upload of one file (refused at once when it is no spreadsheet
 * or lacks a column, the reasons listed under the form), then the job's own address ({@code ?job=}), which reloads itself
 * while the job runs and ends with the refused rows. A context's backing bean says how a file is uploaded and a job read.
 */
public abstract class ImportPage {

    /** One refused row as the table shows it. */
    public record RowError(int row, String column, String message) {}

    private Part file;
    private Long jobId;
    private ImportJobView job;
    private List<String> fileErrors = List.of();

    /** Queues the import of {@code content} (a file named {@code fileName}). */
    protected abstract ImportJobView start(String fileName, byte[] content);

    /** The job of this page's kind, if the reader may see it. */
    protected abstract ImportJobView find(Long id);

    /** The page's own address, e.g. {@code /needs/import}. */
    protected abstract String page();

    public void load() {
        if (jobId == null) {
            return;
        }
        try {
            job = find(jobId);
        } catch (BusinessException e) {
            Forms.report(e, "import");
        }
    }

    public String upload() {
        if (file == null || file.getSize() == 0) {
            Forms.error("import.noFile");
            return null;
        }
        if (file.getSize() > Spreadsheet.MAX_BYTES) {
            fileErrors = List.of(Messages.format(locale(), "spreadsheet.tooLarge", Spreadsheet.MAX_BYTES / (1024 * 1024)));
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            Forms.error("import.unreadable");
            return null;
        }
        try {
            ImportJobView queued = start(file.getSubmittedFileName(), content);
            return page() + "?faces-redirect=true&job=" + queued.id();
        } catch (InvalidInputException e) {
            Locale locale = locale();
            fileErrors = e.errors().stream().map(f -> f.message().render(locale)).toList();
            Forms.error("importJob.refused");
            return null;
        } catch (BusinessException e) {
            Forms.report(e, "import");
            return null;
        }
    }

    protected static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isRunning() {
        return job != null && !job.finished();
    }

    public String getStatusLabel() {
        return job == null ? "" : Forms.text("importJob.status." + job.status());
    }

    public String getFailure() {
        return job == null || job.failure() == null ? null : job.failure().render(locale());
    }

    public List<RowError> getRowErrors() {
        if (job == null) {
            return List.of();
        }
        Locale locale = locale();
        return job.errors().stream().map(e -> new RowError(e.row(), e.column(), e.message().render(locale))).toList();
    }

    public ImportJobView getJob() {
        return job;
    }

    public Long getJobId() {
        return jobId;
    }

    public void setJobId(Long jobId) {
        this.jobId = jobId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getFileErrors() {
        return fileErrors;
    }
}
