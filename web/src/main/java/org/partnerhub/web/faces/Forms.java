package org.partnerhub.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Messages;

/**
 * Shows what a service refused, in the page's language: each invalid field's message beside that field (by the
 * component id that matches the field name), the rest at the top of the form. The values the user typed stay where
 * they are, because the page is redisplayed, not reloaded.
 */
public final class Forms {

    private Forms() {}

    public static void report(BusinessException e, String formId) {
        report(e, formId, Map.of());
    }

    /**
     * As {@link #report(BusinessException, String)}, for a form whose inputs are not named like the service's fields:
     * {@code components} maps a field name (such as {@code budgetFen} or {@code source.channel}) to the id of the
     * input that stands for it.
     */
    public static void report(BusinessException e, String formId, Map<String, String> components) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (e instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                String text = error.line() == null
                        ? error.message().render(locale)
                        : Messages.format(locale, "import.lineError", error.line(), error.field(), error.message().render(locale));
                String field = error.field() == null ? null : components.getOrDefault(error.field(), error.field());
                String clientId = field == null || error.line() != null ? null : formId + ":" + field;
                UIComponent component = clientId == null ? null : faces.getViewRoot().findComponent(clientId);
                faces.addMessage(component == null ? null : clientId, message(FacesMessage.SEVERITY_ERROR, text));
            }
        } else {
            faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, e.localizedMessage(locale)));
        }
        faces.validationFailed();
    }

    /**
     * A page-text message beside one input (a value the page itself could not read, such as an amount that is not a
     * number), and the form counts as failed.
     */
    public static void fieldError(String formId, String componentId, String bundleKey, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = formId + ":" + componentId;
        boolean exists = faces.getViewRoot().findComponent(clientId) != null;
        faces.addMessage(exists ? clientId : null, message(FacesMessage.SEVERITY_ERROR, text(bundleKey, args)));
        faces.validationFailed();
    }

    /** A page text in the page's language. */
    public static String text(String bundleKey, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return new java.text.MessageFormat(bundle(faces).getString(bundleKey), faces.getViewRoot().getLocale()).format(args);
    }

    /** A message at the top of the page. */
    public static void info(String bundleKey, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = java.text.MessageFormat.format(bundle(faces).getString(bundleKey), args);
        faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, text));
    }

    /** A page-text message at the top, kept across a redirect. */
    public static void flash(String bundleKey, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(bundleKey, args);
    }

    public static void error(String bundleKey, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = java.text.MessageFormat.format(bundle(faces).getString(bundleKey), args);
        faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, text));
        faces.validationFailed();
    }

    private static java.util.ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static FacesMessage message(FacesMessage.Severity severity, String text) {
        return new FacesMessage(severity, text, null);
    }
}
