package org.partnerhub.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * {@code GET /openapi} with {@code Accept: application/yaml} (the YAML media type of RFC 9512, or its older names)
 * answers the YAML document as {@code application/yaml}. The server's OpenAPI endpoint (a servlet Payara adds to the
 * root web application, so this filter sees its requests) offers YAML only as {@code text/plain} and refuses the
 * others with an HTML 406; the request is passed on asking for text/plain and the answer is labelled YAML.
 */
@WebFilter(filterName = "openApiFormats", urlPatterns = {"/openapi", "/openapi/*"}, asyncSupported = true)
public class OpenApiFormats extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String YAML = "application/yaml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!wantsYaml(request.getHeader("Accept"))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new AskingForText(request), new LabelledYaml(response));
    }

    /** YAML asked for and JSON not preferred: {@code application/yaml}, {@code application/x-yaml}, {@code text/yaml}. */
    static boolean wantsYaml(String accept) {
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        boolean yaml = lower.contains("application/yaml") || lower.contains("application/x-yaml")
                || lower.contains("text/yaml") || lower.contains("text/x-yaml");
        return yaml && !lower.contains("application/json");
    }

    private static final class AskingForText extends HttpServletRequestWrapper {

        AskingForText(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? "text/plain" : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of("text/plain"))
                    : super.getHeaders(name);
        }
    }

    private static final class LabelledYaml extends HttpServletResponseWrapper {

        LabelledYaml(HttpServletResponse response) {
            super(response);
        }

        private static String relabel(String type) {
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain")
                    ? YAML + ";charset=UTF-8" : type;
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(relabel(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabel(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabel(value) : value);
        }
    }
}
