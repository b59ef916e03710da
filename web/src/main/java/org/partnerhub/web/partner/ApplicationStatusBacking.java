package org.partnerhub.web.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.file.FileService;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.shared.AnonymousWrites;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.PartnerApplication;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.TooManyRequestsException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/**
 * The applicant's status page ({@code /application?number=…&token=…}): where the application stands, its history; the
 * correction form when it was returned; the first account's password when it was admitted.
 */
@Named
@ViewScoped
public class ApplicationStatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OnboardingService onboarding;

    @Inject
    transient FileService files;

    @Inject
    transient RequestActor actor;

    @Inject
    transient AnonymousWrites anonymousWrites;

    private String number;
    private String token;
    private ApplicationView view;
    private boolean notFound;
    private ApplicationFormModel form;
    private String password;
    private String passwordConfirmation;
    private boolean passwordJustSet;

    public void load() {
        if (view != null) {
            return;
        }
        try {
            view = onboarding.view(number, token);
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Cache-Control", "no-store");
            if (view.status() == ApplicationStatus.RETURNED) {
                form = ApplicationFormModel.of(view);
            }
        } catch (NotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void resubmit() {
        if (!mayWrite("correct")) {
            return;
        }
        List<FieldError> errors = new ArrayList<>(form.storeChosenFiles(files, view.documents().size(),
                PartnerApplication.MAX_DOCUMENTS));
        try {
            onboarding.validate(form.toForm(), view.documents().size() + form.getUploads().size());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            Forms.report(new InvalidInputException(errors), "correct");
            return;
        }
        try {
            view = onboarding.resubmit(number, token, form.toForm(), form.uploadKeys(), actor.get().clientAddress());
            form = null;
            Forms.info("status.resubmitted");
        } catch (BusinessException e) {
            Forms.report(e, "correct");
        }
    }

    /** Counts an anonymous write; when the limit is reached, says so on the form (which keeps what was typed). */
    private boolean mayWrite(String formId) {
        try {
            anonymousWrites.acquire(actor.get().clientAddress());
            return true;
        } catch (TooManyRequestsException e) {
            Forms.report(e, formId);
            return false;
        }
    }

    public void setAccountPassword() {
        if (!mayWrite("account")) {
            password = null;
            passwordConfirmation = null;
            return;
        }
        if (password == null || !password.equals(passwordConfirmation)) {
            password = null;
            passwordConfirmation = null;
            Forms.report(InvalidInputException.of("confirmation", "password.mismatch"), "account");
            return;
        }
        try {
            onboarding.setAccountPassword(number, token, password, actor.get().clientAddress());
            view = onboarding.view(number, token);
            passwordJustSet = true;
        } catch (BusinessException e) {
            Forms.report(e, "account");
        } finally {
            password = null;
            passwordConfirmation = null;
        }
    }

    public void removeUpload(String key) {
        form.removeUpload(key);
    }

    /** The download address of an attached document, for this applicant. */
    public String documentLink(Long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/documents/application/"
                + number + "/" + id + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ApplicationView getView() {
        return view;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public ApplicationFormModel getForm() {
        return form;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }

    public boolean isPasswordJustSet() {
        return passwordJustSet;
    }
}
