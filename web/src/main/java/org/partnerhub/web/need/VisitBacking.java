package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerhub.application.need.VisitService;
import org.partnerhub.application.need.VisitView;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.security.RequestActor;

/**
 * One visit ({@code /visit?id=…}): where, when, with whom, what was heard, and the needs recorded from it; those who
 * may add needs to it get the button to record one. A visit names people, so it is shown only to those who may see
 * it (others get "not found", as for a visit that does not exist).
 */
@Named
@RequestScoped
public class VisitBacking {

    @Inject
    VisitService visits;

    @Inject
    RequestActor actor;

    private String id;
    private VisitView visit;
    private boolean notFound;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletResponse) external.getResponse()).setHeader("Cache-Control", "no-store");
        try {
            visit = visits.get(actor.get(), Long.valueOf(id));
        } catch (NumberFormatException | NotFoundException e) {
            notFound = true;
            external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public VisitView getVisit() {
        return visit;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
