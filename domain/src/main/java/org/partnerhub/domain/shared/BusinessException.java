package org.partnerhub.domain.shared;

import java.util.Locale;

/**
 * The root of the unchecked business exceptions. Each subclass stands for one kind of answer (not found, conflict,
 * forbidden, rule violated, invalid input); the web layer maps each kind to an HTTP status and a Faces message in
 * exactly one place. The message is a bundle key, rendered in the reader's language.
 */
public abstract class BusinessException extends RuntimeException {

    private final Message message;

    protected BusinessException(Message message) {
        super(message.render(Locale.ENGLISH));
        this.message = message;
    }

    protected BusinessException(Message message, Throwable cause) {
        super(message.render(Locale.ENGLISH), cause);
        this.message = message;
    }

    public Message message() {
        return message;
    }

    public String localizedMessage(Locale locale) {
        return message.render(locale);
    }
}
