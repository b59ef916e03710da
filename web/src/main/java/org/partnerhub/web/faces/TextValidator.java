package org.partnerhub.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Locale;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.Text;

/**
 * Applied to every input of every form (a default validator, {@code WEB-INF/faces-config.xml}): no text a person
 * submits may hold a control character ({@link Text#forbiddenCharacter}); a text area may hold tabs and line breaks,
 * any other input (a name, a title, a password) may not. The message appears beside the field, in the page's language.
 */
@FacesValidator(TextValidator.ID)
public class TextValidator implements Validator<Object> {

    public static final String ID = "partnerhub.text";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        String text = value instanceof String s ? s : submitted(component);
        if (text == null || text.isEmpty()) {
            return;
        }
        boolean lines = "jakarta.faces.Textarea".equals(component.getRendererType());
        int forbidden = Text.forbiddenCharacter(text, lines);
        if (forbidden < 0) {
            return;
        }
        Locale locale = context.getViewRoot().getLocale();
        boolean lineBreak = !lines && Text.forbiddenCharacter(text, true) < 0;
        String message = Messages.format(locale, lineBreak ? "text.singleLine" : "text.control",
                Text.codePointName(forbidden));
        Object label = component.getAttributes().get("label");
        String shown = label == null ? message : label + ": " + message;
        throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, shown));
    }

    /** A converted input (a number, a date) is checked on the text as typed. */
    private static String submitted(UIComponent component) {
        return component instanceof UIInput input && input.getSubmittedValue() instanceof String s ? s : null;
    }
}
