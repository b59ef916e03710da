package org.partnerhub.web.need;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.partnerhub.application.need.NeedExportService;
import org.partnerhub.application.need.NeedImportService;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.web.api.SpreadsheetFiles;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.SpreadsheetServlet;

/**
 * The need pages' downloads: {@code /needs/export?format=csv|xlsx&…filters} and {@code /needs/import-template?format=…}.
 */
@WebServlet(urlPatterns = {"/needs/export", "/needs/import-template"})
public class NeedSpreadsheetServlet extends SpreadsheetServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NeedExportService exports;

    @Inject
    transient NeedImportService imports;

    @Inject
    transient RequestActor actor;

    @Override
    protected void download(HttpServletRequest request, HttpServletResponse response, Spreadsheet.Format format,
            Locale locale) throws IOException {
        if (request.getServletPath().endsWith("/import-template")) {
            start(response, format, "need-import-template." + format.extension());
            imports.template(actor.get(), format, response.getOutputStream());
            return;
        }
        NeedExportService.Export export = exports.prepare(actor.get(), NeedFilters.of(request::getParameter));
        start(response, format, SpreadsheetFiles.datedName("needs", format));
        exports.write(export, format, locale, response.getOutputStream());
    }
}
