package org.partnerhub.web.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.file.FileService;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.shared.AnonymousWrites;
import org.partnerhub.application.shared.ProofOfWork;
import org.partnerhub.domain.partner.PartnerApplication;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.TooManyRequestsException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * The application form ({@code /apply}): public, works on a phone, reports every wrong field beside it and keeps
 * everything typed and every file chosen. On success it shows the application number and the private status link.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OnboardingService onboarding;

    @Inject
    transient FileService files;

    @Inject
    transient RequestActor actor;

    @Inject
    transient AnonymousWrites anonymousWrites;

    @Inject
    transient ProofOfWork proofOfWork;

    /** The challenge this view's browser solves before the form is sent (issue 18). */
    private ProofOfWork.Challenge challenge;

    /** "challenge:solution", put into the hidden input by resources/js/proof-of-work.js. */
    private String proof;

    private final ApplicationFormModel form = new ApplicationFormModel();
    private SubmittedApplication submitted;

    public void submit() {
        try {
            // counted before any chosen file is stored; the form stays as typed
            anonymousWrites.acquire(actor.get().clientAddress());
        } catch (TooManyRequestsException e) {
            Forms.report(e, "apply");
            return;
        }
        List<FieldError> errors = new ArrayList<>(form.storeChosenFiles(files, 0, PartnerApplication.MAX_DOCUMENTS));
        try {
            onboarding.validate(form.toForm(), form.getUploads().size());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            Forms.report(new InvalidInputException(errors), "apply");
            return;
        }
        try {
            proofOfWork.verify(proof, "proof");
        } catch (InvalidInputException e) {
            // solved, forged, expired or used: a new challenge, solved again by the browser at the next submission
            proof = null;
            challenge = null;
            Forms.report(new InvalidInputException(new FieldError(null, null, e.errors().get(0).message())), "apply");
            return;
        }
        try {
            submitted = onboarding.submit(form.toForm(), form.uploadKeys(), actor.get().clientAddress());
            form.clearUploads();
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
        } catch (BusinessException e) {
            Forms.report(e, "apply");
        }
    }

    public boolean isProofOfWork() {
        return proofOfWork.enabled();
    }

    public ProofOfWork.Challenge getChallenge() {
        if (challenge == null) {
            challenge = proofOfWork.issue();
        }
        return challenge;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }

    public void removeUpload(String key) {
        form.removeUpload(key);
    }

    /** The private address of the status page (absolute, to be bookmarked or copied). */
    public String getStatusLink() {
        if (submitted == null) {
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        return base + "/application?number=" + submitted.number() + "&token="
                + URLEncoder.encode(submitted.statusToken(), StandardCharsets.UTF_8);
    }

    public ApplicationFormModel getForm() {
        return form;
    }

    public SubmittedApplication getSubmitted() {
        return submitted;
    }
}
