package org.partnerhub.domain.audit;

import java.time.Instant;

/** Filters for reading the audit log; every field optional. */
public record AuditQuery(String actor, AuditAction action, String objectType, String objectId, AuditOutcome outcome,
        Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
