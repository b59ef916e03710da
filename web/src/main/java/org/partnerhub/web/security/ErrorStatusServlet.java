package org.partnerhub.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the statuses the container itself sets (a method a servlet does not take, a request it could not
 * read), named in {@code web.xml}: problem+json for the API and the server's own endpoints ({@code /health},
 * {@code /metrics}), the site's own page for people — never the server's page, which names the server and its version.
 */
@WebServlet(name = "errorStatus", urlPatterns = ErrorStatusServlet.PATH)
public class ErrorStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/errors/status";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        String path = uri instanceof String s ? s : request.getRequestURI();
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (machine(path.substring(Math.min(path.length(), request.getContextPath().length())))) {
            ProblemResponse.status(request, response, status, path);
            return;
        }
        response.setStatus(status);
        request.setAttribute("partnerhub.errorStatus", status);
        request.getRequestDispatcher(status == HttpServletResponse.SC_NOT_FOUND ? "/WEB-INF/errors/404.xhtml"
                : "/WEB-INF/errors/status.xhtml").forward(request, response);
    }

    /** Paths read by programs, which get problem+json. */
    static boolean machine(String path) {
        return path.startsWith("/api/") || path.equals("/api") || OperationsEndpointsFilter.operations(path);
    }
}
