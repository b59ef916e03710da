package org.partnerhub.domain.shared;

/** The thing asked for does not exist (or the caller may not know that it exists). */
public class NotFoundException extends BusinessException {

    public NotFoundException(Message message) {
        super(message);
    }
}
