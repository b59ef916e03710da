package org.partnerhub.domain.shared;

import java.util.List;

/** The input has one or more invalid fields; all of them are reported at once, so the user can fix them together. */
public class InvalidInputException extends BusinessException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(Message.of("input.invalid", errors.size()));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(FieldError.of(field, key, args));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
