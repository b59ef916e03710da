package org.partnerhub.domain.shared;

/** The action needs a signed-in user (or a valid token), and there is none. */
public class NotAuthenticatedException extends BusinessException {

    public NotAuthenticatedException(Message message) {
        super(message);
    }
}
