package org.partnerhub.web.need;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.partnerhub.application.need.PainPointService;
import org.partnerhub.application.need.PainPointView;
import org.partnerhub.application.need.TraceEntry;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.need.PainPointAction;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * One governance pain point ({@code /pain-point?id=…}): what it says and its status for everyone; for its street's
 * staff the moves allowed now (publish, resolve, close, reopen, with a reason where one is needed) and the edit link;
 * the history for the street, the district and auditors. Request-scoped like the need page, so that the public
 * reads it without a session.
 */
@Named
@RequestScoped
public class PainPointBacking {

    @Inject
    PainPointService points;

    @Inject
    RequestActor actor;

    private String id;
    private PainPointView point;
    private List<TraceEntry> history = List.of();
    private boolean notFound;
    private PainPointAction action;
    private String reason;

    /** The view action: the pain point, or a 404 page that says it was not found. */
    public void load() {
        if (point() == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The pain point of this request, read once (also on a postback, before the form's values are checked). */
    private PainPointView point() {
        if (point != null || notFound) {
            return point;
        }
        try {
            point = points.get(actor.get(), Long.valueOf(id()));
        } catch (NumberFormatException | NotFoundException e) {
            notFound = true;
            return null;
        }
        loadHistory();
        return point;
    }

    /**
     * The history, for the street that owns the pain point, the district and auditors; others are not asked for it,
     * so that reading the public page is not recorded as a refusal.
     */
    private void loadHistory() {
        history = List.of();
        boolean reader = actor.get().is(Role.DISTRICT_ADMIN) || actor.get().is(Role.AUDITOR)
                || !point.allowedActions().isEmpty();
        if (reader) {
            try {
                history = points.history(actor.get(), point.id());
                ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                        .setHeader("Cache-Control", "no-store");
            } catch (ForbiddenException | NotAuthenticatedException e) {
                history = List.of();
            }
        }
    }

    public void apply() {
        if (point() == null) {
            return;
        }
        try {
            point = points.transition(actor.get(), point.id(), action, reason);
            loadHistory();
            Forms.info("painPoint.moved");
            action = null;
            reason = null;
        } catch (BusinessException e) {
            Forms.report(e, "move");
        }
    }

    public List<PainPointAction> getActions() {
        return point() == null ? List.of() : point.allowedActions().stream().sorted().toList();
    }

    /**
     * The id: from the view parameter, or, while a postback is still being decoded (before view parameters reach the
     * bean), from the form's own hidden {@code id} field.
     */
    private String id() {
        return id != null ? id
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PainPointView getPoint() {
        return point();
    }

    public List<TraceEntry> getHistory() {
        point();
        return history;
    }

    public boolean isNotFound() {
        point();
        return notFound;
    }

    public PainPointAction getAction() {
        return action;
    }

    public void setAction(PainPointAction action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
