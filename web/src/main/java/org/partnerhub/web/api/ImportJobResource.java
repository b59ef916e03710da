package org.partnerhub.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.web.security.RequestActor;

/**
 * What every spreadsheet import's REST resource shares: the upload's answer (202 with the job and its Location) and
 * reading a job. A context's resource declares the two endpoints, the upload with its own parameters.
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

    /**
     * {@code GET …/imports/{id}}: the job for its uploader or a district administrator, in the caller's language. Each
     * resource declares the endpoint itself (the OpenAPI document lists only methods declared on the resource class).
     */
    protected ImportJobDto read(String id) {
        return ImportJobDto.of(find(actor.get(), Params.id(id)), Problems.locale(headers));
    }

    /** The answer to an upload: 202 with the queued job, its address in {@code Location}. */
    protected Response accepted(ImportJobView job) {
        return SpreadsheetFiles.accepted(job, uri, jobs(), Problems.locale(headers));
    }
}
