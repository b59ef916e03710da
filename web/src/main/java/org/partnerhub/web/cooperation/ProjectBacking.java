package org.partnerhub.web.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.cooperation.ProjectService;
import org.partnerhub.application.cooperation.ProjectService.MilestoneForm;
import org.partnerhub.application.cooperation.ProjectService.Photo;
import org.partnerhub.application.cooperation.ProjectView;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.partner.Uploads;
import org.partnerhub.web.security.RequestActor;

/**
 * One partnership project ({@code /project?id=…}): plan, milestones, reports; the partner sets the plan and posts
 * reports (with a photo), the community confirms delivery and evaluates, the district picks it as a showcase case.
 */
@Named
@RequestScoped
public class ProjectBacking {

    @Inject
    ProjectService projects;

    @Inject
    RequestActor actor;

    private String id;
    private ProjectView project;
    private boolean notFound;
    private String plan;
    private String startDate;
    private String endDate;
    /** One milestone a line: "title" or "title | 2026-05-01" (a leading "x " marks it done). */
    private String milestones;
    private String reportText;
    private Integer peopleServed;
    private Part photo;
    private Integer rating;
    private String comment;
    private String reason;

    /** Reads the project; a missing one, or one the reader may not see, shows the notice. */
    public void load() {
        if (project() != null && project.mySide() != null) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        }
    }

    private ProjectView project() {
        if (project != null || notFound) {
            return project;
        }
        try {
            project = projects.get(actor.get(), Long.valueOf(id()));
            fill();
        } catch (NumberFormatException | NotFoundException | ForbiddenException | NotAuthenticatedException e) {
            notFound = true;
        }
        return project;
    }

    private void fill() {
        if (plan == null) {
            plan = project.plan();
            startDate = project.startDate() == null ? null : project.startDate().toString();
            endDate = project.endDate() == null ? null : project.endDate().toString();
            StringBuilder lines = new StringBuilder();
            for (ProjectView.MilestoneView m : project.milestones()) {
                lines.append(m.done() ? "x " : "").append(m.title())
                        .append(m.dueDate() == null ? "" : " | " + m.dueDate()).append('\n');
            }
            milestones = lines.toString();
        }
    }

    public void savePlan() {
        if (project() == null) {
            return;
        }
        try {
            List<MilestoneForm> steps = new ArrayList<>();
            if (milestones != null) {
                for (String line : milestones.split("\\R")) {
                    String text = line.strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    boolean done = text.startsWith("x ");
                    if (done) {
                        text = text.substring(2).strip();
                    }
                    LocalDate due = null;
                    int bar = text.lastIndexOf('|');
                    if (bar >= 0) {
                        due = date(text.substring(bar + 1), "milestones");
                        text = text.substring(0, bar).strip();
                    }
                    steps.add(new MilestoneForm(text, due, done));
                }
            }
            project = projects.plan(actor.get(), project.id(), null, plan, date(startDate, "startDate"),
                    date(endDate, "endDate"), steps);
            Forms.info("project.planSaved");
        } catch (BusinessException e) {
            Forms.report(e, "plan");
        }
    }

    public void postReport() {
        if (project() == null) {
            return;
        }
        try {
            List<Photo> photos = new ArrayList<>();
            if (photo != null && photo.getSize() > 0) {
                try (InputStream in = photo.getInputStream()) {
                    photos.add(new Photo(photo.getSubmittedFileName(),
                            Uploads.read(in, photo.getSubmittedFileName(), "photos")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            project = projects.report(actor.get(), project.id(), reportText, peopleServed, photos);
            reportText = null;
            peopleServed = null;
            Forms.info("project.reportPosted");
        } catch (BusinessException e) {
            Forms.report(e, "report", java.util.Map.of("text", "reportText", "photos", "photo"));
        }
    }

    public void deliver() {
        if (project() == null) {
            return;
        }
        try {
            project = projects.deliver(actor.get(), project.id(), rating, comment);
            Forms.info("project.delivered");
        } catch (BusinessException e) {
            Forms.report(e, "delivery");
        }
    }

    public void cancel() {
        if (project() == null) {
            return;
        }
        try {
            project = projects.cancel(actor.get(), project.id(), reason);
            Forms.info("project.cancelled");
        } catch (BusinessException e) {
            Forms.report(e, "cancellation");
        }
    }

    public void pickShowcase() {
        showcase(true);
    }

    public void dropShowcase() {
        showcase(false);
    }

    private void showcase(boolean shown) {
        if (project() == null) {
            return;
        }
        try {
            project = projects.showcase(actor.get(), project.id(), shown);
            Forms.info(shown ? "project.showcasePicked" : "project.showcaseDropped");
        } catch (BusinessException e) {
            Forms.report(e, "showcase");
        }
    }

    private static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "json.date");
        }
    }

    private String id() {
        return id != null ? id
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }

    public ProjectView getProject() {
        return project();
    }

    public boolean isNotFound() {
        project();
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getMilestones() {
        return milestones;
    }

    public void setMilestones(String milestones) {
        this.milestones = milestones;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    public Integer getPeopleServed() {
        return peopleServed;
    }

    public void setPeopleServed(Integer peopleServed) {
        this.peopleServed = peopleServed;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
