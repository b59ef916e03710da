package org.partnerhub.web.cooperation;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.cooperation.ProjectService;
import org.partnerhub.application.cooperation.ProjectService.MilestoneForm;
import org.partnerhub.application.cooperation.ProjectService.Photo;
import org.partnerhub.application.cooperation.ProjectView;
import org.partnerhub.domain.cooperation.ProjectStatus;
import org.partnerhub.domain.file.StoredFile;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.api.ETags;
import org.partnerhub.web.api.ListResponse;
import org.partnerhub.web.api.Params;
import org.partnerhub.web.cooperation.CooperationDtos.CancelRequest;
import org.partnerhub.web.cooperation.CooperationDtos.DeliveryRequest;
import org.partnerhub.web.cooperation.CooperationDtos.MilestoneDto;
import org.partnerhub.web.cooperation.CooperationDtos.PhotoRequest;
import org.partnerhub.web.cooperation.CooperationDtos.PlanRequest;
import org.partnerhub.web.cooperation.CooperationDtos.ProjectDto;
import org.partnerhub.web.cooperation.CooperationDtos.ReportRequest;
import org.partnerhub.web.cooperation.CooperationDtos.ShowcaseRequest;
import org.partnerhub.web.security.RequestActor;

/**
 * Partnership projects (合伙项目): what agreed intents turn into. The partner keeps the plan and reports progress; the
 * community confirms delivery and evaluates; the district picks showcase cases, which everybody reads.
 */
@Path("v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "cooperation")
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    RequestActor actor;

    @GET
    @Operation(operationId = "listProjects", summary = "My projects", description = "The projects the caller is a side of (the district and auditors: "
            + "all), and the showcase cases; filter: status.")
    @SecurityRequirement(name = "bearer")
    public ListResponse<ProjectDto> list(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ListResponse.of(projects.list(actor.get(), Params.enumeration(ProjectStatus.class, "status", status),
                Params.page(page, size)), ProjectDto::of);
    }

    @GET
    @Path("showcase")
    @Operation(operationId = "listShowcaseProjects", summary = "Showcase cases (public)", description = "Delivered projects the district picked as "
            + "outstanding (优秀社区治理合伙人项目典型案例), newest pick first.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ListResponse<ProjectDto> showcase(@QueryParam("page") String page, @QueryParam("size") String size) {
        return ListResponse.of(projects.showcase(actor.get(), Params.page(page, size)), ProjectDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProject", summary = "One project", description = "Its sides, the district and auditors; a showcase case anybody.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponseSchema(ProjectDto.class)
    public Response get(@PathParam("id") String id) {
        ProjectView view = projects.get(actor.get(), Params.id(id));
        return ETags.ok(ProjectDto.of(view), view.version());
    }

    @PUT
    @Path("{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setProjectPlan", summary = "Set the plan (the partner)", description = "Plan text, start and end dates, milestones "
            + "(replacing the previous ones). If-Match with the ETag read is checked when given (412 if stale).")
    @SecurityRequirement(name = "bearer")
    @APIResponseSchema(ProjectDto.class)
    public Response plan(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, PlanRequest body) {
        PlanRequest request = body == null ? new PlanRequest(null, null, null, null) : body;
        List<MilestoneForm> milestones = new ArrayList<>();
        if (request.milestones() != null) {
            for (MilestoneDto m : request.milestones()) {
                milestones.add(m == null ? null : new MilestoneForm(m.title(), m.dueDate(), m.done()));
            }
        }
        ProjectView view = projects.plan(actor.get(), Params.id(id), ifMatch == null ? null : Params.version(ifMatch),
                request.plan(), request.startDate(), request.endDate(), milestones);
        return ETags.ok(ProjectDto.of(view), view.version());
    }

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportProjectProgress", summary = "Post a progress report (the partner)", description = "text (required), peopleServed, photos "
            + "as {name, contentBase64} (JPEG or PNG, at most 10 MB each, at most 9).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "Posted; the project with the new report first")
    @APIResponseSchema(ProjectDto.class)
    public Response report(@PathParam("id") String id, ReportRequest body) {
        ReportRequest request = body == null ? new ReportRequest(null, null, null) : body;
        List<Photo> photos = new ArrayList<>();
        if (request.photos() != null) {
            for (PhotoRequest photo : request.photos()) {
                photos.add(new Photo(photo == null ? null : photo.name(), decode(photo)));
            }
        }
        ProjectView view = projects.report(actor.get(), Params.id(id), request.text(), request.peopleServed(), photos);
        return Response.status(Response.Status.CREATED).tag(ETags.of(view.version())).entity(ProjectDto.of(view))
                .build();
    }

    @POST
    @Path("{id}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deliverProject", summary = "Confirm delivery and evaluate (the community)", description = "rating 1–5 and a comment; the "
            + "need becomes FULFILLED and the supply item's capacity is freed.")
    @SecurityRequirement(name = "bearer")
    @APIResponseSchema(ProjectDto.class)
    public Response deliver(@PathParam("id") String id, DeliveryRequest body) {
        DeliveryRequest request = body == null ? new DeliveryRequest(null, null) : body;
        ProjectView view = projects.deliver(actor.get(), Params.id(id), request.rating(), request.comment());
        return ETags.ok(ProjectDto.of(view), view.version());
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelProject", summary = "Cancel before delivery (either side)", description = "With a reason; the capacity and the "
            + "drawn budget go back and the need is PUBLISHED again.")
    @SecurityRequirement(name = "bearer")
    @APIResponseSchema(ProjectDto.class)
    public Response cancel(@PathParam("id") String id, CancelRequest body) {
        ProjectView view = projects.cancel(actor.get(), Params.id(id), body == null ? null : body.reason());
        return ETags.ok(ProjectDto.of(view), view.version());
    }

    @PUT
    @Path("{id}/showcase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setProjectShowcase", summary = "Pick or unpick a showcase case (the district)", description = "Only a delivered project.")
    @SecurityRequirement(name = "bearer")
    @APIResponseSchema(ProjectDto.class)
    public Response showcase(@PathParam("id") String id, ShowcaseRequest body) {
        ProjectView view = projects.showcase(actor.get(), Params.id(id), body == null ? null : body.showcase());
        return ETags.ok(ProjectDto.of(view), view.version());
    }

    @GET
    @Path("{id}/photos/{key}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(operationId = "getProjectPhoto", summary = "A photo of one of the project's reports")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public Response photo(@PathParam("id") String id, @PathParam("key") String key) {
        StoredFile file = projects.photo(actor.get(), Params.id(id), key)
                .orElseThrow(() -> new NotFoundException(Message.of("project.notFound", id)));
        return Response.ok(file.getContent(), file.getType().mediaType())
                .header("Cache-Control", "private, max-age=3600")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static byte[] decode(PhotoRequest photo) {
        if (photo == null || photo.contentBase64() == null) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(photo.contentBase64());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("photos", "project.photo.type", photo.name() == null ? "" : photo.name());
        }
    }
}
