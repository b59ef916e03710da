package org.partnerhub.domain.cooperation;

import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;

/**
 * The named moves of a cooperation intent: the one transition table of the cooperation context. Each move says from
 * which statuses it may start and which side may make it; AGREE leads to AGREED only once both sides agreed (it is the
 * aggregate that counts), so its table target is NEGOTIATING. EXPIRE is the platform's, never a person's.
 */
public enum IntentAction {
    /** The side that did not propose takes the intent up: negotiation starts. */
    ACCEPT(EnumSet.of(IntentStatus.PROPOSED), Who.RECIPIENT, IntentStatus.NEGOTIATING),
    /** The side that did not propose says no. */
    DECLINE(EnumSet.of(IntentStatus.PROPOSED), Who.RECIPIENT, IntentStatus.DECLINED),
    /** One side agrees to the terms; when both have, the intent is AGREED (capacity and budget taken then). */
    AGREE(EnumSet.of(IntentStatus.NEGOTIATING), Who.EITHER, IntentStatus.NEGOTIATING),
    /** Either side drops the intent before it is agreed. */
    WITHDRAW(EnumSet.of(IntentStatus.PROPOSED, IntentStatus.NEGOTIATING), Who.EITHER, IntentStatus.WITHDRAWN),
    /** Nobody answered in time (the platform's scheduled job). */
    EXPIRE(EnumSet.of(IntentStatus.PROPOSED, IntentStatus.NEGOTIATING), Who.PLATFORM, IntentStatus.EXPIRED);

    /** The acts people ask for through a page or {@code POST /intents/{id}/transitions}. */
    public static final Set<IntentAction> BY_PEOPLE = EnumSet.of(ACCEPT, DECLINE, AGREE, WITHDRAW);

    enum Who {
        RECIPIENT,
        EITHER,
        PLATFORM
    }

    private final Set<IntentStatus> from;
    private final Who who;
    private final IntentStatus to;

    IntentAction(Set<IntentStatus> from, Who who, IntentStatus to) {
        this.from = from;
        this.who = who;
        this.to = to;
    }

    public boolean allowedFrom(IntentStatus status) {
        return from.contains(status);
    }

    /** Whether {@code side} may make this move on an intent that {@code proposer} proposed (null side: the platform). */
    public boolean allowedFor(IntentParty side, IntentParty proposer) {
        return switch (who) {
            case RECIPIENT -> side != null && side != proposer;
            case EITHER -> side != null;
            case PLATFORM -> side == null;
        };
    }

    /** Whether {@code side} may make this move now. */
    public boolean allowed(IntentStatus status, IntentParty side, IntentParty proposer) {
        return allowedFrom(status) && allowedFor(side, proposer);
    }

    /**
     * The status this move leads to from {@code status} when {@code side} makes it; a move the status does not allow is
     * a conflict (409) naming the move and the status, as is a move that belongs to the other side.
     */
    public IntentStatus from(IntentStatus status, IntentParty side, IntentParty proposer) {
        if (!allowedFrom(status)) {
            throw new ConflictException(Message.of("intent.transition", name(), status.name()));
        }
        if (!allowedFor(side, proposer)) {
            throw new ConflictException(Message.of("intent.transition.side", name(), status.name()));
        }
        return to;
    }

    public IntentStatus target() {
        return to;
    }
}
