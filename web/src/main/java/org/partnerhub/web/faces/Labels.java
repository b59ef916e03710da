package org.partnerhub.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.Money;

/**
 * Values on pages in the reader's language ({@code #{labels.of(need.status())}}): enum constants by their entry
 * {@code enum.<Type>.<NAME>} of the rule messages (the same words the error messages use), amounts in yuan, coded
 * names.
 */
@Named("labels")
@RequestScoped
public class Labels {

    @Inject
    LanguageBean lang;

    /** An enum constant's name for people; its code when it has none. */
    public String of(Object value) {
        if (!(value instanceof Enum<?> constant)) {
            return value == null ? "" : value.toString();
        }
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        String text = Messages.format(lang.getLocale(), key);
        if (text.equals(key)) {
            return constant.name();
        }
        return lang.isEnglish() && !text.isEmpty() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    /** As {@link #of(Object)}, with a text for a missing value. */
    public String of(Object value, String fallback) {
        return value == null ? fallback : of(value);
    }

    /** Several constants, joined as the language joins a list. */
    public String all(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.stream().map(this::of).collect(Collectors.joining(lang.isEnglish() ? ", " : "、"));
    }

    /** An amount in fen, as yuan with the unit: {@code 1,234.56 元} or {@code ¥1,234.56}. */
    public String yuan(Long fen) {
        return fen == null ? "" : Forms.text("common.yuan", Money.yuan(fen));
    }

    public String name(CodedName named) {
        return named == null ? "" : named.name(lang.isEnglish());
    }
}
