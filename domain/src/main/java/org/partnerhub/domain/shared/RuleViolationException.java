package org.partnerhub.domain.shared;

/** Every field is valid on its own, but together they break a business rule (a fund overdrawn, a level skipped). */
public class RuleViolationException extends BusinessException {

    public RuleViolationException(Message message) {
        super(message);
    }
}
