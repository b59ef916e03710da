package org.partnerhub.web.need;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.partnerhub.application.need.NeedExportService;
import org.partnerhub.application.need.NeedImportService;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.Languages;

/**
 * The pages' spreadsheet downloads, for the signed-in session (the API offers the same with a bearer token, and never
 * looks at a session): {@code /needs/export?format=csv|xlsx&…filters} and {@code /needs/import-template?format=…}.
 */
@WebServlet(urlPatterns = {"/needs/export", "/needs/import-template"})
public class NeedSpreadsheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NeedExportService exports;

    @Inject
    transient NeedImportService imports;

    @Inject
    transient RequestActor actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        try {
            Spreadsheet.Format format = NeedFilters.format(request.getParameter("format"));
            if (request.getServletPath().endsWith("/import-template")) {
                start(response, format, "need-import-template." + format.extension());
                imports.template(actor.get(), format, response.getOutputStream());
                return;
            }
            NeedExportService.Export export = exports.prepare(actor.get(), NeedFilters.of(request::getParameter));
            start(response, format, NeedFilters.fileName("needs", format));
            exports.write(export, format, locale, response.getOutputStream());
        } catch (NotAuthenticatedException e) {
            response.sendRedirect(request.getContextPath() + "/login");
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            StringBuilder text = new StringBuilder();
            e.errors().forEach(f -> text.append(f.field()).append(": ").append(f.message().render(locale)).append('\n'));
            response.getWriter().write(text.length() == 0 ? Messages.format(locale, "problem.invalid-input") : text.toString());
        }
    }

    private static void start(HttpServletResponse response, Spreadsheet.Format format, String name) {
        response.setContentType(NeedFilters.contentType(format));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** The page language: the remembered choice (cookie), else the browser's, else Chinese — as the pages pick it. */
    private static Locale locale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if ("partnerhub-lang".equals(cookie.getName()) && Languages.supported(cookie.getValue()) != null) {
                    return Languages.supported(cookie.getValue());
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return Languages.CHINESE;
        }
        return Languages.pick(java.util.Collections.list(request.getLocales()));
    }
}
