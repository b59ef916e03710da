package org.partnerhub.domain.shared;

/** The caller tried too often in a short time and must wait. */
public class TooManyRequestsException extends BusinessException {

    public TooManyRequestsException(Message message) {
        super(message);
    }
}
