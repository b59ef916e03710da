package org.partnerhub.web.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.application.partner.PartnerHistoryLine;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.PartnerView;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * One partner ({@code /partner?id=…}): the public profile for everyone; for the district, the full profile, the
 * history and the acts on its standing (suspend, reinstate, remove, each with a reason).
 */
@Named
@ViewScoped
public class PartnerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerService partners;

    @Inject
    transient RequestActor actor;

    private String id;
    private PartnerView partner;
    private List<PartnerHistoryLine> history = List.of();
    private boolean notFound;
    private PartnerStatus.Action action;
    private String reason;

    public void load() {
        if (partner != null) {
            return;
        }
        try {
            partner = partners.get(actor.get(), Long.valueOf(id));
            if (partner.contactPhone() != null) {
                history = partners.history(actor.get(), partner.id());
                ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                        .setHeader("Cache-Control", "no-store");
            }
        } catch (NumberFormatException | NotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void apply() {
        try {
            partner = partners.transition(actor.get(), partner.id(), action, reason);
            history = partners.history(actor.get(), partner.id());
            Forms.info("partner.statusChanged");
            action = null;
            reason = null;
        } catch (BusinessException e) {
            Forms.report(e, "standing");
        }
    }

    /** The district's acts allowed now (the partner's own withdrawal is on its profile page). */
    public List<PartnerStatus.Action> getDistrictActions() {
        return partner == null ? List.of() : partner.allowedActions().stream().filter(a -> !a.byPartner()).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PartnerView getPartner() {
        return partner;
    }

    public List<PartnerHistoryLine> getHistory() {
        return history;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public PartnerStatus.Action getAction() {
        return action;
    }

    public void setAction(PartnerStatus.Action action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
