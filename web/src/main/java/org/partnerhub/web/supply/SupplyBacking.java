package org.partnerhub.web.supply;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.partnerhub.application.need.TraceEntry;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.supply.SupplyAction;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * One supply item ({@code /supply?id=…}): what it offers, where, to whom and on what terms; for its partner and the
 * district the moves allowed now and the history field by field.
 *
 * <p>Request-scoped, so that the public reads the page without a session: a signed-in reader's form posts back with
 * the id, and the item is read again before any act on it.
 */
@Named
@RequestScoped
public class SupplyBacking {

    @Inject
    SupplyService supplies;

    @Inject
    RequestActor actor;

    private String id;
    private SupplyView supply;
    private List<TraceEntry> history = List.of();
    private boolean notFound;
    private String reason;

    public void load() {
        if (supply() == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (supply.beyondPublic() || !supply.allowedActions().isEmpty()) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        }
    }

    private SupplyView supply() {
        if (supply != null || notFound) {
            return supply;
        }
        try {
            supply = supplies.get(actor.get(), Long.valueOf(id()));
        } catch (NumberFormatException | NotFoundException e) {
            notFound = true;
            return null;
        }
        loadHistory();
        return supply;
    }

    /** The history for its partner, the district and the auditors; the public's reading asks nothing more. */
    private void loadHistory() {
        history = List.of();
        if (actor.get().isAuthenticated() && supply.beyondPublic()) {
            try {
                history = supplies.history(actor.get(), supply.id());
            } catch (ForbiddenException | NotAuthenticatedException e) {
                history = List.of();
            }
        }
    }

    public void publish() {
        move(SupplyAction.PUBLISH);
    }

    public void pause() {
        move(SupplyAction.PAUSE);
    }

    public void resume() {
        move(SupplyAction.RESUME);
    }

    public void withdraw() {
        move(SupplyAction.WITHDRAW);
    }

    private void move(SupplyAction action) {
        if (supply() == null) {
            return;
        }
        try {
            supply = supplies.transition(actor.get(), supply.id(), action, reason);
            loadHistory();
            Forms.info("supply.moved." + action.name());
            reason = null;
        } catch (BusinessException e) {
            Forms.report(e, "move");
        }
    }

    public boolean has(String action) {
        return supply() != null && supply.allowedActions().contains(SupplyAction.valueOf(action));
    }

    /** The id: from the view parameter, or while a postback is decoded, from the form's hidden field. */
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

    public SupplyView getSupply() {
        return supply();
    }

    public List<TraceEntry> getHistory() {
        supply();
        return history;
    }

    public boolean isNotFound() {
        supply();
        return notFound;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
