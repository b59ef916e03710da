package org.partnerhub.domain.cooperation;

/**
 * What an intents list asks for: the reader's scope (everything, or the intents of its partner and/or within its region)
 * and the filters.
 *
 * @param all the reader sees every intent (district, auditors)
 * @param partnerId the reader's partner: its intents (null: none by partner)
 * @param regionPath the reader's region: intents of needs within it (null: none by region)
 */
public record IntentQuery(boolean all, Long partnerId, String regionPath, IntentStatus status, Long needId,
        Long supplyId) {

    /** The same scope and filters without the status (for counts per status). */
    public IntentQuery anyStatus() {
        return new IntentQuery(all, partnerId, regionPath, null, needId, supplyId);
    }
}
