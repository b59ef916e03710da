package org.partnerhub.web.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/** One application under review ({@code /admin/application?number=…}): everything declared, the documents, the decision. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OnboardingService onboarding;

    @Inject
    transient RequestActor actor;

    private String number;
    private ApplicationView view;
    private boolean notFound;
    private ApplicationAction decision;
    private String reason;

    public void load() {
        if (view != null) {
            return;
        }
        try {
            view = onboarding.review(actor.get(), number);
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        } catch (NotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void decide() {
        try {
            view = onboarding.decide(actor.get(), number, decision, reason);
            Forms.info("review.decided");
            decision = null;
            reason = null;
        } catch (BusinessException e) {
            Forms.report(e, "decision");
        }
    }

    public String documentLink(Long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/documents/application/"
                + number + "/" + id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public ApplicationView getView() {
        return view;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public ApplicationAction getDecision() {
        return decision;
    }

    public void setDecision(ApplicationAction decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
