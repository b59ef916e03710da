package org.partnerhub.web.shared;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.web.api.SpreadsheetFiles;
import org.partnerhub.web.security.PublicLinksFilter;

/**
 * The pages' spreadsheet downloads (exports and templates) for the signed-in session — the API offers the same with a
 * bearer token and never looks at a session. Every download answers the same way: nobody signed in is sent to the
 * sign-in page, a refusal is a 403, a bad parameter a 400 in plain text naming it; otherwise the file, written as it is
 * read. A context's servlet says which file a path stands for.
 */
public abstract class SpreadsheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What a download writes once it has checked what it may: the headers ({@link #start}) first, then the file. */
    protected abstract void download(HttpServletRequest request, HttpServletResponse response, Spreadsheet.Format format,
            Locale locale) throws IOException;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        try {
            download(request, response, SpreadsheetFiles.format(request.getParameter("format")), locale);
        } catch (NotAuthenticatedException e) {
            PublicLinksFilter.redirect(request, response, request.getContextPath() + "/login");
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

    /** The download's headers: the file's type, its name, never cached, never sniffed. */
    protected static void start(HttpServletResponse response, Spreadsheet.Format format, String name) {
        response.setContentType(SpreadsheetFiles.contentType(format));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** The page language: the remembered choice (cookie), else the browser's, else Chinese — as the pages pick it. */
    private static Locale locale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("partnerhub-lang".equals(cookie.getName()) && Languages.supported(cookie.getValue()) != null) {
                    return Languages.supported(cookie.getValue());
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return Languages.CHINESE;
        }
        return Languages.pick(Collections.list(request.getLocales()));
    }
}
