package org.partnerhub.application.partner;

/**
 * A partner's standing in the library changed (suspended, reinstated, removed, withdrawn). Fired inside the transaction
 * that changes it, so that what other contexts keep of it (the supply catalogue's listed flag) changes with it or not
 * at all.
 */
public record PartnerStandingChanged(Long partnerId, boolean listed) {}
