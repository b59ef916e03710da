package org.partnerhub.application.cooperation;

import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.cooperation.IntentStatus;

/**
 * An intent was proposed or moved by one side (or expired: {@code side} null). Fired in the transaction that did it and
 * observed there by {@link CooperationEvents}, which writes the durable intent event (the sides are told from it).
 *
 * @param action PROPOSED, one of the people's actions, or EXPIRE
 */
public record IntentMoved(Long intentId, String title, String action, IntentParty side, IntentStatus status,
        Long partnerId, String communityPath) {}
