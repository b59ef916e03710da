package org.partnerhub.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.partnerhub.web.shared.PublicUrl;

/**
 * Redirects without the request's {@code Host}: the container turns {@code sendRedirect("/login")} into
 * {@code http://<Host header>/login}, so a client that sends {@code Host: evil.example} (or a cache that keeps such an
 * answer) would be sent elsewhere. Every redirect of the application, Faces' and the servlets' alike, goes through
 * {@link #redirect}: a path on this server stays a path, or is prefixed with the configured public URL.
 */
@WebFilter(filterName = "publicLinks", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class PublicLinksFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getDispatcherType() == DispatcherType.REQUEST && request.getMethod().equals("GET")
                && path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/")) {
            // a page asked for by its file name goes to its extensionless address (OmniFaces would do it, but with an
            // absolute URL made from the Host header; it is told to leave it to us in web.xml)
            String query = request.getQueryString();
            redirect(request, response, request.getContextPath() + path.substring(0, path.length() - ".xhtml".length())
                    + (query == null ? "" : "?" + query));
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                redirect(request, response, location);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, location(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, location(name, value));
            }

            private String location(String name, String value) {
                return "Location".equalsIgnoreCase(name) && value != null ? PublicUrl.link(local(request, value)) : value;
            }
        });
    }

    /** A 302 to {@code location}, made absolute only with the configured public URL. */
    public static void redirect(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        if (response.isCommitted()) {
            throw new IllegalStateException("The response is already committed");
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", PublicUrl.link(local(request, location)));
    }

    /** The path (and query) of a location on this server; another site's address is left as it is. */
    static String local(HttpServletRequest request, String location) {
        if (location.startsWith("/") && !location.startsWith("//")) {
            return location;
        }
        try {
            URI uri = URI.create(location);
            if (uri.isAbsolute()) {
                String host = request.getHeader("Host");
                if (host != null && host.equalsIgnoreCase(uri.getRawAuthority())) {
                    // made absolute from the request by a library (OmniFaces' extensionless redirects)
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
                return location;
            }
            // relative to the current request's directory, as the Servlet specification resolves it
            URI current = URI.create(request.getRequestURI());
            return current.resolve(uri).toString();
        } catch (IllegalArgumentException e) {
            return request.getContextPath() + "/";
        }
    }
}
