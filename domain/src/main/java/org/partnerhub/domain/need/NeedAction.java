package org.partnerhub.domain.need;

import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;

/**
 * The named moves of a need, each with the statuses it may start from and the one it leads to. PUBLISH, CLOSE and
 * REOPEN are people's acts; START_COOPERATION, RESUME and FULFIL follow the cooperation on the need (an intent agreed,
 * an intent dropped, a project delivered).
 */
public enum NeedAction {
    PUBLISH(EnumSet.of(NeedStatus.DRAFT), NeedStatus.PUBLISHED, false),
    CLOSE(EnumSet.of(NeedStatus.DRAFT, NeedStatus.PUBLISHED), NeedStatus.CLOSED, true),
    REOPEN(EnumSet.of(NeedStatus.CLOSED), NeedStatus.DRAFT, false),
    START_COOPERATION(EnumSet.of(NeedStatus.PUBLISHED), NeedStatus.IN_COOPERATION, false),
    RESUME(EnumSet.of(NeedStatus.IN_COOPERATION), NeedStatus.PUBLISHED, false),
    FULFIL(EnumSet.of(NeedStatus.IN_COOPERATION), NeedStatus.FULFILLED, false);

    /** The acts a person asks for through a page or {@code POST /needs/{id}/transitions}. */
    public static final Set<NeedAction> BY_PEOPLE = EnumSet.of(PUBLISH, CLOSE, REOPEN);

    private final Set<NeedStatus> from;
    private final NeedStatus to;
    private final boolean needsReason;

    NeedAction(Set<NeedStatus> from, NeedStatus to, boolean needsReason) {
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
    }

    public boolean allowedFrom(NeedStatus status) {
        return from.contains(status);
    }

    /** The status this act leads to from {@code status}; a move the status does not allow is a conflict (409). */
    public NeedStatus from(NeedStatus status) {
        if (!allowedFrom(status)) {
            throw new ConflictException(Message.of("need.transition", this, status));
        }
        return to;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public NeedStatus target() {
        return to;
    }
}
