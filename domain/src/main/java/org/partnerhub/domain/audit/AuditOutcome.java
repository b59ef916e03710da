package org.partnerhub.domain.audit;

/** How the recorded attempt ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
