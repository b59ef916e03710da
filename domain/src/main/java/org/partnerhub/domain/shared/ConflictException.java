package org.partnerhub.domain.shared;

/** The request is well formed but clashes with the current state: an illegal transition, a duplicate, a stale edit. */
public class ConflictException extends BusinessException {

    public ConflictException(Message message) {
        super(message);
    }
}
