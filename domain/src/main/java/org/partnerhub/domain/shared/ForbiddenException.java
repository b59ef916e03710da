package org.partnerhub.domain.shared;

/** The caller is known but may not do this to this record. */
public class ForbiddenException extends BusinessException {

    public ForbiddenException(Message message) {
        super(message);
    }
}
