package org.partnerhub.web.api;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists the invalid fields of a bad request; {@code line} is set for errors
 * in an uploaded file; {@code incident} identifies a server error in the log without revealing anything about it.
 */
public record Problem(
        String type, String title, int status, String detail, String instance, List<FieldProblem> errors, String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field. */
    public record FieldProblem(String field, Integer line, String message) {}
}
