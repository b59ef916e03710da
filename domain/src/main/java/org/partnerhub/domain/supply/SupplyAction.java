package org.partnerhub.domain.supply;

import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;

/**
 * The named moves of a supply item, each with the statuses it may start from and the one it leads to: the one
 * transition table of the supply context. WITHDRAWN is final.
 */
public enum SupplyAction {
    PUBLISH(EnumSet.of(SupplyStatus.DRAFT), SupplyStatus.PUBLISHED),
    PAUSE(EnumSet.of(SupplyStatus.PUBLISHED), SupplyStatus.PAUSED),
    RESUME(EnumSet.of(SupplyStatus.PAUSED), SupplyStatus.PUBLISHED),
    WITHDRAW(EnumSet.of(SupplyStatus.DRAFT, SupplyStatus.PUBLISHED, SupplyStatus.PAUSED), SupplyStatus.WITHDRAWN);

    /** The acts the district may take on any partner's item (always with a reason). */
    public static final Set<SupplyAction> BY_DISTRICT = EnumSet.of(PAUSE, WITHDRAW);

    private final Set<SupplyStatus> from;
    private final SupplyStatus to;

    SupplyAction(Set<SupplyStatus> from, SupplyStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(SupplyStatus status) {
        return from.contains(status);
    }

    /** The status this act leads to from {@code status}; a move the status does not allow is a conflict (409). */
    public SupplyStatus from(SupplyStatus status) {
        if (!allowedFrom(status)) {
            throw new ConflictException(Message.of("supply.transition", this, status));
        }
        return to;
    }

    public SupplyStatus target() {
        return to;
    }
}
