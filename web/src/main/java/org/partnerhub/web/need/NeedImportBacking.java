package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.need.NeedImportService;
import org.partnerhub.web.faces.ImportPage;
import org.partnerhub.web.security.RequestActor;

/**
 * Importing needs on a page ({@code /needs/import}): the upload, then the job's page ({@code ?job=}) that reloads itself
 * while the job runs and ends with the refused rows.
 */
@Named
@RequestScoped
public class NeedImportBacking extends ImportPage {

    @Inject
    NeedImportService imports;

    @Inject
    RequestActor actor;

    @Override
    protected ImportJobView start(String fileName, byte[] content) {
        return imports.upload(actor.get(), fileName, content);
    }

    @Override
    protected ImportJobView find(Long id) {
        return imports.job(actor.get(), id);
    }

    @Override
    protected String page() {
        return "/needs/import";
    }
}
