package org.partnerhub.domain.partner;

/** What can be done to an application: the reviewer's three decisions and the applicant's correction. */
public enum ApplicationAction {
    ADMIT,
    RETURN,
    REJECT,
    RESUBMIT;

    ApplicationStatus target() {
        return switch (this) {
            case ADMIT -> ApplicationStatus.ADMITTED;
            case RETURN -> ApplicationStatus.RETURNED;
            case REJECT -> ApplicationStatus.REJECTED;
            case RESUBMIT -> ApplicationStatus.SUBMITTED;
        };
    }

    public boolean isDecision() {
        return this != RESUBMIT;
    }
}
