package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.imports.ImportJobView;
import org.partnerhub.application.need.NeedImportService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.web.api.ImportJobDto;
import org.partnerhub.web.api.ImportJobResource;
import org.partnerhub.web.api.SpreadsheetFiles;

/**
 * Importing needs from a spreadsheet: the upload answers 202 with the job, which runs in the background; the job is
 * read until it is done, with its counts and the refused rows.
 */
@Path("v1/needs/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "needs")
public class NeedImportResource extends ImportJobResource {

    @Inject
    NeedImportService imports;

    @Override
    protected ImportJobView find(Actor reader, Long id) {
        return imports.job(reader, id);
    }

    @Override
    protected String jobs() {
        return "v1/needs/imports";
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importNeeds", summary = "Import needs from a spreadsheet", description = "The body is the file itself: CSV (UTF-8, "
            + "with or without BOM; Content-Type text/csv) or XLSX (application/vnd.openxmlformats-officedocument."
            + "spreadsheetml.sheet), recognised by its content, at most 20 MB and 20,000 rows; ?filename= names it. "
            + "Columns (Chinese or English headers, see GET …/needs/import-template): 社区编码/communityCode, "
            + "类别编码/categoryCode, 标题/title, 描述/description, 受益人数/beneficiaries, 人群/targetGroups (separated by 、 "
            + "or ,), 紧急程度/urgency, 资金方式/fundingMode (names or Chinese labels), 预算（元）/budgetYuan, 发布/publish "
            + "(是/否), 编号/externalId (optional; the row's identity when given). Community and street staff, "
            + "integrators and district administrators; a row naming a community outside the caller's region is a "
            + "refused row. A row imported before (same number, or same content in the same community) is counted as "
            + "a duplicate and adds nothing. The answer is 202 with the job; follow its Location.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job")
    @APIResponse(responseCode = "400", description = "Not a CSV/XLSX file, empty, too large, or a required column missing")
    public Response upload(@QueryParam("filename") String filename, @HeaderParam("Content-Disposition") String disposition,
            InputStream body) {
        byte[] content = SpreadsheetFiles.read(body);
        ImportJobView job = imports.upload(actor.get(), SpreadsheetFiles.uploadName(filename, disposition), content);
        return accepted(job);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNeedImport", summary = "An import job", description = "Status (QUEUED, RUNNING, DONE, FAILED), counts, and the refused "
            + "rows (row number, column, reason in the caller's language; at most 1000, \"invalid\" counts all). For the "
            + "uploader and district administrators.")
    @SecurityRequirement(name = "bearer")
    public ImportJobDto job(@PathParam("id") String id) {
        return read(id);
    }
}
