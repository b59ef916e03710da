package org.partnerhub.domain.shared;

/**
 * A value object refused its raw value. It names no field, because the same value object sits behind differently
 * named fields; whoever knows the field turns it into an {@link InvalidInputException}.
 */
public class InvalidValueException extends BusinessException {

    public InvalidValueException(Message message) {
        super(message);
    }
}
