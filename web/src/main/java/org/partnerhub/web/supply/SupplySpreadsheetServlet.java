package org.partnerhub.web.supply;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.supply.SupplyExportService;
import org.partnerhub.application.supply.SupplyImportService;
import org.partnerhub.web.api.SpreadsheetFiles;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.SpreadsheetServlet;

/**
 * The supply pages' downloads: {@code /supplies/export?format=csv|xlsx&…filters} (a partner's own list, or for the
 * district any list) and {@code /supplies/import-template?format=…}.
 */
@WebServlet(urlPatterns = {"/supplies/export", "/supplies/import-template"})
public class SupplySpreadsheetServlet extends SpreadsheetServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyExportService exports;

    @Inject
    transient SupplyImportService imports;

    @Inject
    transient RequestActor actor;

    @Override
    protected void download(HttpServletRequest request, HttpServletResponse response, Spreadsheet.Format format,
            Locale locale) throws IOException {
        if (request.getServletPath().endsWith("/import-template")) {
            start(response, format, "supply-import-template." + format.extension());
            imports.template(format, response.getOutputStream());
            return;
        }
        SupplyExportService.Export export = exports.prepare(actor.get(), SupplyFilters.of(request::getParameter));
        start(response, format, SpreadsheetFiles.datedName("supplies", format));
        exports.write(export, format, locale, response.getOutputStream());
    }
}
