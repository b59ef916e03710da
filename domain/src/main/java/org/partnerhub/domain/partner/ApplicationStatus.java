package org.partnerhub.domain.partner;

import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;

/**
 * Where an application stands, and the one place that says which act may follow which: a submitted application is
 * admitted, returned for correction or rejected; a returned one is corrected and submitted again; admitted and
 * rejected are final.
 */
public enum ApplicationStatus {
    SUBMITTED(EnumSet.of(ApplicationAction.ADMIT, ApplicationAction.RETURN, ApplicationAction.REJECT)),
    RETURNED(EnumSet.of(ApplicationAction.RESUBMIT)),
    ADMITTED(EnumSet.noneOf(ApplicationAction.class)),
    REJECTED(EnumSet.noneOf(ApplicationAction.class));

    private final EnumSet<ApplicationAction> allowed;

    ApplicationStatus(EnumSet<ApplicationAction> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(ApplicationAction action) {
        return allowed.contains(action);
    }

    /** The status {@code action} leads to from here; an act this status does not allow is a conflict (409). */
    public ApplicationStatus after(ApplicationAction action) {
        if (!allows(action)) {
            throw new ConflictException(Message.of("application.transition", action, this));
        }
        return action.target();
    }

    /** Still being handled: no second application with the same credit code may be open beside it. */
    public boolean isOpen() {
        return this == SUBMITTED || this == RETURNED;
    }

    public Set<ApplicationAction> allowedActions() {
        return EnumSet.copyOf(allowed);
    }
}
