package org.partnerhub.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.web.security.RequestActor;

/**
 * What every spreadsheet import's REST resource shares: the upload's answer (202 with the job and its Location) and
 * reading a job ({@code GET …/imports/{id}}). A context's resource adds the upload itself, which knows its
 * parameters.
 */
public abstract class ImportJobResource {

    @Inject
    protected RequestActor actor;

    @Context
    protected UriInfo uri;

    @Context
    protected HttpHeaders headers;

    /** The job of this resource's kind, for its uploader or a district administrator. */
    protected abstract ImportJobView find(Actor reader, Long id);

    /** The jobs' path below the API's base, e.g. {@code v1/needs/imports}. */
    protected abstract String jobs();

    @GET
    @Path("{id}")
    @Operation(summary = "An import job", description = "Status (QUEUED, RUNNING, DONE, FAILED), counts, and the refused "
            + "rows (row number, column, reason in the caller's language; at most 1000, \"invalid\" counts all). For the "
            + "uploader and district administrators.")
    @SecurityRequirement(name = "bearer")
    public ImportJobDto job(@PathParam("id") String id) {
        return ImportJobDto.of(find(actor.get(), Params.id(id)), Problems.locale(headers));
    }

    /** The answer to an upload: 202 with the queued job, its address in {@code Location}. */
    protected Response accepted(ImportJobView job) {
        return SpreadsheetFiles.accepted(job, uri, jobs(), Problems.locale(headers));
    }
}
