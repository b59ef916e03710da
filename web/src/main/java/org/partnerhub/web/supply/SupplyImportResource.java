package org.partnerhub.web.supply;

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
import org.partnerhub.application.supply.SupplyImportService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.web.api.ImportJobDto;
import org.partnerhub.web.api.ImportJobResource;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.api.SpreadsheetFiles;

/**
 * Importing supply items from a spreadsheet, as needs are imported: the upload answers 202 with the job, which runs in
 * the background; the job is read until it is done, with its counts and the refused rows.
 */
@Path("v1/supplies/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "supplies")
public class SupplyImportResource extends ImportJobResource {

    @Inject
    SupplyImportService imports;

    @Override
    protected ImportJobView find(Actor reader, Long id) {
        return imports.job(reader, id);
    }

    @Override
    protected String jobs() {
        return "v1/supplies/imports";
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importSupplies", summary = "Import supply items from a spreadsheet", description = "The body is the file itself: CSV "
            + "(UTF-8, with or without BOM) or XLSX, recognised by its content, at most 20 MB and 20,000 rows; "
            + "?filename= names it. Columns (Chinese or English headers, see GET …/supplies/import-template): 标题/title, "
            + "类别/category (code or exact Chinese name), 描述/description, 服务区域/serviceRegions (codes or exact Chinese "
            + "names, separated by 、 , ; or their full-width forms), 容量/capacity, 资金方式/fundingMode (PUBLIC_BENEFIT, "
            + "LOW_FEE, PAID or 公益/低偿/有偿/付费), 价格说明/priceNote, 服务人群/targetGroups, 联系人/contactName, "
            + "联系电话/contactPhone, 发布/publish (是/否; empty: the upload's ?publish=), 编号/externalId (optional; the "
            + "row's identity when given). A partner's users import into their own organisation (?partnerId= may name "
            + "it) and may publish; a district administrator names the partner with ?partnerId= and imports drafts. "
            + "The partner must be active. Each row is checked by the rules of POST /api/v1/supplies; a row imported "
            + "before (same number, or same content for the same partner) adds nothing. 202 with the job in Location.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job")
    @APIResponse(responseCode = "400", description = "Not a CSV/XLSX file, empty, too large, a required column missing, "
            + "no or an inactive partner (administrators), publish by an administrator")
    @APIResponse(responseCode = "403", description = "Another partner's items, or the caller's partner is not active")
    public Response upload(@QueryParam("filename") String filename, @QueryParam("partnerId") String partnerId,
            @QueryParam("publish") String publish, @HeaderParam("Content-Disposition") String disposition,
            InputStream body) {
        Long partner = Params.text(partnerId) == null ? null : Params.integer("partnerId", partnerId).longValue();
        boolean publishing = Boolean.TRUE.equals(Params.bool("publish", publish));
        byte[] content = SpreadsheetFiles.read(body);
        ImportJobView job = imports.upload(actor.get(), partner, publishing,
                SpreadsheetFiles.uploadName(filename, disposition), content);
        return accepted(job);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSupplyImport", summary = "A supply import job", description = "Status (QUEUED, RUNNING, DONE, FAILED), counts, and the refused "
            + "rows (row number, column, reason in the caller's language; at most 1000, \"invalid\" counts all). For the "
            + "uploader and district administrators.")
    @SecurityRequirement(name = "bearer")
    public ImportJobDto job(@PathParam("id") String id) {
        return read(id);
    }
}
