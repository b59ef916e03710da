package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.need.NeedImportService;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * Importing needs on a page ({@code /needs/import}): the upload, then the job's page ({@code ?job=}) that reloads itself
 * while the job runs and ends with the refused rows.
 */
@Named
@RequestScoped
public class NeedImportBacking {

    /** One refused row as the table shows it. */
    public record RowError(int row, String column, String message) {}

    @Inject
    NeedImportService imports;

    @Inject
    RequestActor actor;

    private Part file;
    private Long jobId;
    private ImportJobView job;
    private List<String> fileErrors = List.of();

    public void load() {
        if (jobId == null) {
            return;
        }
        try {
            job = imports.job(actor.get(), jobId);
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
            ImportJobView queued = imports.upload(actor.get(), file.getSubmittedFileName(), content);
            return "/needs/import?faces-redirect=true&job=" + queued.id();
        } catch (InvalidInputException e) {
            Locale locale = locale();
            fileErrors = e.errors().stream().map(f -> f.message().render(locale)).toList();
            Forms.error("needsImport.refused");
            return null;
        } catch (BusinessException e) {
            Forms.report(e, "import");
            return null;
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isRunning() {
        return job != null && !job.finished();
    }

    public String getStatusLabel() {
        return job == null ? "" : Forms.text("needsImport.status." + job.status());
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
