package org.partnerhub.application.supply;

/**
 * A supply item was published, or resumed after a pause. Fired inside that transaction; other contexts observe it after
 * the commit (the matching context tells the communities whose needs it matches).
 */
public record SupplyPublished(Long supplyId) {}
