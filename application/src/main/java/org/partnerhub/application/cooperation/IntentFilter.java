package org.partnerhub.application.cooperation;

import org.partnerhub.domain.cooperation.IntentStatus;

/** The filters of an intents list (all optional). */
public record IntentFilter(IntentStatus status, Long needId, Long supplyId) {

    public static final IntentFilter NONE = new IntentFilter(null, null, null);
}
