package org.partnerhub.web.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.FileContent;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.shared.ProofOfWork;
import org.partnerhub.domain.partner.ApplicationQuery;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.api.AnonymousWrite;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.api.Problem;
import org.partnerhub.web.api.ProofOfWorkHeader;
import org.partnerhub.web.partner.ApplicationDtos.ApplicationDto;
import org.partnerhub.web.partner.ApplicationDtos.ApplicationRequest;
import org.partnerhub.web.partner.ApplicationDtos.DecisionRequest;
import org.partnerhub.web.partner.ApplicationDtos.DocumentDto;
import org.partnerhub.web.partner.ApplicationDtos.PasswordRequest;
import org.partnerhub.web.partner.ApplicationDtos.SubmittedDto;
import org.partnerhub.web.partner.ApplicationDtos.SummaryDto;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;
import org.partnerhub.web.shared.PublicUrl;

/**
 * Applications to join the resource library. Anyone may apply; the applicant follows its application with the
 * number and the private status token it received ({@code ?token=}); district administrators review and decide.
 */
@Path("v1/partner-applications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "partner-applications")
public class PartnerApplicationResource {

    @Inject
    OnboardingService onboarding;

    @Inject
    PartnerService partners;

    @Inject
    RequestActor actor;

    @Inject
    ProofOfWork proofOfWork;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitPartnerApplication", summary = "Apply to become a partner (no account needed)",
            description = "Every invalid field is reported at once (creditCode is checked against its GB 32100-2015 "
                    + "check character). The answer holds the application number and the private status token, shown "
                    + "only here; documents are added with POST …/{number}/documents?token=. A valid body also needs "
                    + "the Proof-Of-Work header (see GET /api/v1/challenges); a missing or wrong one is a 400 naming it.")
    @APIResponse(responseCode = "201", description = "Submitted")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; a credit code that already has an "
            + "open application or belongs to a partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirementsSet
    @APIResponseSchema(value = SubmittedDto.class, responseCode = "201")
    @AnonymousWrite
    @APIResponse(responseCode = "429", description = "Too many anonymous writes from this address or in total; "
            + "Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(ApplicationRequest body, @Context UriInfo uri,
            @Parameter(description = "\"<challenge>:<solution>\": a challenge from GET /api/v1/challenges and a "
                    + "solution (letters and digits) such that SHA-256(challenge + \":\" + solution) starts with its "
                    + "difficulty in zero bits; each challenge serves once")
            @HeaderParam(ProofOfWorkHeader.NAME) String proof) {
        ApplicationRequest request = body == null ? ApplicationRequest.empty() : body;
        onboarding.validate(request.toForm(), 0);
        proofOfWork.verify(proof, ProofOfWorkHeader.NAME);
        SubmittedApplication submitted = onboarding.submit(request.toForm(), null, actor.get().clientAddress());
        String statusUrl = PublicUrl.link(uri.getBaseUri().resolve("..").getRawPath() + "application?number="
                + submitted.number() + "&token=" + URLEncoder.encode(submitted.statusToken(), StandardCharsets.UTF_8));
        return Response.created(PublicUrl.uri(uri.getAbsolutePath().getRawPath() + "/" + submitted.number()))
                .header("Cache-Control", "no-store")
                .entity(new SubmittedDto(submitted.number(), submitted.statusToken(), submitted.status(), statusUrl))
                .build();
    }

    @GET
    @Operation(operationId = "listPartnerApplications", summary = "The review queue (district administrators)",
            description = "Filters: status, type, region (the home region or any region below it), submittedFrom and "
                    + "submittedTo (dates, in the district's time zone, both inclusive). Newest first.")
    @SecurityRequirement(name = "bearer")
    public ListResponse<SummaryDto> queue(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("region") String region, @QueryParam("submittedFrom") String from,
            @QueryParam("submittedTo") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        ApplicationQuery query = new ApplicationQuery(parse("status", ApplicationStatus.class, status),
                parse("type", PartnerType.class, type),
                Params.text(region) == null ? null : partners.regionPath(region, "region"),
                day("submittedFrom", from, 0), day("submittedTo", to, 1));
        return ListResponse.of(onboarding.queue(actor.get(), query, Params.page(page, size)), SummaryDto::of);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getPartnerApplication", summary = "One application", description = "With ?token= the applicant's view; without, a district "
            + "administrator's (bearer token; reading the contact phone is audited).")
    @APIResponse(responseCode = "404", description = "No such application, or a wrong token")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponseSchema(ApplicationDto.class)
    public Response get(@PathParam("number") String number,
            @Parameter(description = "the private status token") @QueryParam("token") String token) {
        ApplicationView view = token != null ? onboarding.view(number, token) : onboarding.review(actor.get(), number);
        return Response.ok(ApplicationDto.of(view)).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resubmitPartnerApplication", summary = "Correct a returned application and submit it again (applicant, ?token=)")
    @APIResponse(responseCode = "409", description = "The application is not returned")
    @SecurityRequirementsSet
    @AnonymousWrite
    @APIResponse(responseCode = "429", description = "Too many anonymous writes from this address or in total; "
            + "Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationDto resubmit(@PathParam("number") String number, @QueryParam("token") String token,
            ApplicationRequest body) {
        ApplicationRequest request = body == null ? ApplicationRequest.empty() : body;
        return ApplicationDto.of(onboarding.resubmit(number, token, request.toForm(), null, actor.get().clientAddress()));
    }

    @POST
    @Path("{number}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "addPartnerApplicationDocument", summary = "Add a qualification document (applicant, ?token=)",
            description = "The body is the file itself (PDF, JPEG or PNG, at most 10 MB, recognised by its content); "
                    + "?filename= names it. Five documents at most.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Empty, too large, not a PDF/JPEG/PNG, or too many")
    @SecurityRequirementsSet
    @APIResponseSchema(value = DocumentDto.class, responseCode = "201")
    @AnonymousWrite
    @APIResponse(responseCode = "429", description = "Too many anonymous writes from this address or in total; "
            + "Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addDocument(@PathParam("number") String number, @QueryParam("token") String token,
            @QueryParam("filename") String filename, InputStream body) {
        byte[] content = Uploads.read(body, filename, "documents");
        return Response.status(Response.Status.CREATED)
                .entity(DocumentDto.of(onboarding.attach(number, token, content, filename)))
                .build();
    }

    @GET
    @Path("{number}/documents/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getPartnerApplicationDocument", summary = "Download a document (applicant with ?token=, or a district administrator)")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public Response document(@PathParam("number") String number, @PathParam("id") String id,
            @QueryParam("token") String token) {
        FileContent file = token != null ? onboarding.document(number, token, Params.id(id))
                : onboarding.reviewDocument(actor.get(), number, Params.id(id));
        return Downloads.attachment(file);
    }

    @POST
    @Path("{number}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decidePartnerApplication", summary = "Decide: ADMIT, RETURN (for correction) or REJECT, with a reason (district administrators)",
            description = "Admitting creates the partner and its first account, whose password the applicant sets "
                    + "through the status link. A decision the status does not allow (admitting a rejected application) "
                    + "is a 409.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "409", description = "Not allowed in the application's status")
    public ApplicationDto decide(@PathParam("number") String number, DecisionRequest body) {
        DecisionRequest request = body == null ? new DecisionRequest(null, null) : body;
        return ApplicationDto.of(onboarding.decide(actor.get(), number, request.decision(), request.reason()));
    }

    @POST
    @Path("{number}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPartnerAccountPassword", summary = "Set the first partner account's password (applicant of an admitted application, ?token=, once)")
    @APIResponse(responseCode = "204", description = "Set; sign in with the account's user name and this password")
    @SecurityRequirementsSet
    @AnonymousWrite
    @APIResponse(responseCode = "429", description = "Too many anonymous writes from this address or in total; "
            + "Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response setAccountPassword(@PathParam("number") String number, @QueryParam("token") String token,
            PasswordRequest body) {
        onboarding.setAccountPassword(number, token, body == null ? null : body.password(), actor.get().clientAddress());
        return Response.noContent().build();
    }

    private static <E extends Enum<E>> E parse(String field, Class<E> type, String raw) {
        if (Params.text(raw) == null) {
            return null;
        }
        E value = Enums.find(type, raw);
        if (value == null) {
            throw InvalidInputException.of(field, "param.enum", raw, Enums.names(type));
        }
        return value;
    }

    private static java.time.Instant day(String field, String raw, int plusDays) {
        if (Params.text(raw) == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip()).plusDays(plusDays).atStartOfDay(ApiTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "param.date", raw);
        }
    }
}
