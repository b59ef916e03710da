package org.partnerhub.domain.audit;

import java.time.Instant;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** The audit log: lines are appended and read, never changed or removed. */
public interface AuditRepository {

    void append(AuditEvent event);

    /** Newest first. */
    Page<AuditEvent> find(AuditQuery query, PageRequest page);

    /** Failed sign-ins from one client address since an instant (the per-address throttle reads this). */
    long countFailedLogins(String clientAddress, Instant since);
}
