package org.partnerhub.domain.cooperation;

/**
 * The two sides of an intent: the need's community (its community or street staff) and the supply item's partner (its
 * users).
 */
public enum IntentParty {
    COMMUNITY,
    PARTNER;

    public IntentParty other() {
        return this == COMMUNITY ? PARTNER : COMMUNITY;
    }
}
