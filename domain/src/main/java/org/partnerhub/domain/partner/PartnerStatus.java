package org.partnerhub.domain.partner;

import java.util.EnumSet;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;

/**
 * A partner's standing in the resource library. Only an active partner appears in the public library and may publish;
 * the district suspends and reinstates, removes for good, and a partner may withdraw.
 */
public enum PartnerStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN,
    REMOVED;

    /** The acts on a partner, each with the statuses it may start from and the one it leads to. */
    public enum Action {
        SUSPEND(EnumSet.of(ACTIVE), SUSPENDED),
        REINSTATE(EnumSet.of(SUSPENDED), ACTIVE),
        REMOVE(EnumSet.of(ACTIVE, SUSPENDED), REMOVED),
        WITHDRAW(EnumSet.of(ACTIVE, SUSPENDED), WITHDRAWN);

        private final EnumSet<PartnerStatus> from;
        private final PartnerStatus to;

        Action(EnumSet<PartnerStatus> from, PartnerStatus to) {
            this.from = from;
            this.to = to;
        }

        /** Whether this act is the partner's own (the others are the district's). */
        public boolean byPartner() {
            return this == WITHDRAW;
        }
    }

    public PartnerStatus after(Action action) {
        if (!action.from.contains(this)) {
            throw new ConflictException(Message.of("partner.transition", action, this));
        }
        return action.to;
    }

    public boolean allows(Action action) {
        return action.from.contains(this);
    }
}
