package org.partnerhub.domain.need;

import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;

/** The named moves of a pain point, each with the statuses it may start from and the one it leads to. */
public enum PainPointAction {
    PUBLISH(EnumSet.of(PainPointStatus.DRAFT), PainPointStatus.PUBLISHED, false),
    RESOLVE(EnumSet.of(PainPointStatus.PUBLISHED), PainPointStatus.RESOLVED, true),
    CLOSE(EnumSet.of(PainPointStatus.DRAFT, PainPointStatus.PUBLISHED), PainPointStatus.CLOSED, true),
    REOPEN(EnumSet.of(PainPointStatus.RESOLVED, PainPointStatus.CLOSED), PainPointStatus.PUBLISHED, true);

    private final Set<PainPointStatus> from;
    private final PainPointStatus to;
    private final boolean needsReason;

    PainPointAction(Set<PainPointStatus> from, PainPointStatus to, boolean needsReason) {
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
    }

    public boolean allowedFrom(PainPointStatus status) {
        return from.contains(status);
    }

    public PainPointStatus from(PainPointStatus status) {
        if (!allowedFrom(status)) {
            throw new ConflictException(Message.of("painPoint.transition", this, status));
        }
        return to;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
