package org.partnerhub.web.need;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.need.VisitForm;
import org.partnerhub.application.need.VisitService;
import org.partnerhub.application.need.VisitView;
import org.partnerhub.domain.need.Visit;
import org.partnerhub.domain.need.VisitFormat;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.faces.NumberInput;
import org.partnerhub.web.security.RequestActor;

/**
 * Recording a community visit ({@code /visit/new}): community, day, format, how many took part and who, what was
 * heard. The day starts as today; every mistake is shown beside its field with the rest kept.
 */
@Named
@ViewScoped
public class VisitFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "visit";

    @Inject
    transient VisitService visits;

    @Inject
    transient RequestActor actor;

    @Inject
    transient Clock clock;

    private boolean loaded;
    private String communityCode;
    private String visitDate;
    private VisitFormat format;
    private String participantCount;
    private String participants;
    private String summary;

    public void load() {
        if (!loaded) {
            loaded = true;
            visitDate = DistrictTime.date(clock.instant()).toString();
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        }
    }

    public void save() throws IOException {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = null;
        if (visitDate != null && !visitDate.isBlank()) {
            try {
                day = LocalDate.parse(visitDate.strip());
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("visitDate", "param.date", visitDate));
            }
        }
        Integer count = null;
        try {
            count = NumberInput.whole(participantCount);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("participantCount", "param.integer", participantCount));
        }
        if (!errors.isEmpty()) {
            if (communityCode == null || communityCode.isBlank()) {
                errors.add(FieldError.of("communityCode", "text.required"));
            }
            for (FieldError error : Visit.check(day, format, count, participants, summary,
                    DistrictTime.date(clock.instant()))) {
                if (errors.stream().noneMatch(f -> f.field().equals(error.field()))) {
                    errors.add(error);
                }
            }
            Forms.report(new InvalidInputException(errors), FORM);
            return;
        }
        try {
            VisitView recorded = visits.record(actor.get(),
                    new VisitForm(communityCode, day, format, count, participants, summary));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Forms.flash("visit.recorded");
            external.redirect(external.getRequestContextPath() + "/visit?id=" + recorded.id());
        } catch (BusinessException e) {
            Forms.report(e, FORM);
        }
    }

    public String getCommunityCode() {
        return communityCode;
    }

    public void setCommunityCode(String communityCode) {
        this.communityCode = communityCode;
    }

    public String getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(String visitDate) {
        this.visitDate = visitDate;
    }

    public VisitFormat getFormat() {
        return format;
    }

    public void setFormat(VisitFormat format) {
        this.format = format;
    }

    public String getParticipantCount() {
        return participantCount;
    }

    public void setParticipantCount(String participantCount) {
        this.participantCount = participantCount;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
