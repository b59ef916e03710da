package org.partnerhub.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.partnerhub.application.region.RegionImportResult;
import org.partnerhub.application.region.RegionImportService;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/** Uploading a region CSV: the result, or every bad line with its reason (and then nothing is imported). */
@Named
@RequestScoped
public class RegionImportBacking {

    /** One refused line, as shown in the table. */
    public record LineError(Integer line, String column, String message) {}

    @Inject
    RegionImportService importer;

    @Inject
    RequestActor actor;

    private Part file;
    private RegionImportResult result;
    private List<LineError> errors = List.of();

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Forms.error("import.noFile");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            Forms.error("import.unreadable");
            return;
        }
        try {
            result = importer.importCsv(actor.get(), content);
            Forms.info("import.done", result.rows(), result.created(), result.updated(), result.unchanged());
        } catch (InvalidInputException e) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            errors = e.errors().stream()
                    .map((FieldError f) -> new LineError(f.line(), f.field(), f.message().render(locale)))
                    .toList();
            Forms.error("import.refused", errors.size());
        } catch (BusinessException e) {
            Forms.report(e, "import");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public RegionImportResult getResult() {
        return result;
    }

    public List<LineError> getErrors() {
        return errors;
    }
}
