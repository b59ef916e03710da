package org.partnerhub.domain.cooperation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a cooperation intent is: proposed by one party, negotiating once the other accepted, agreed when both agreed,
 * or ended (declined, withdrawn, expired without an answer). AGREED, DECLINED, WITHDRAWN and EXPIRED are final.
 */
public enum IntentStatus {
    PROPOSED,
    NEGOTIATING,
    AGREED,
    DECLINED,
    WITHDRAWN,
    EXPIRED;

    /** Statuses still waiting for the parties: they expire when nobody answers in time. */
    public static final Set<IntentStatus> OPEN = EnumSet.of(PROPOSED, NEGOTIATING);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
