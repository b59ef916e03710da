package org.partnerhub.application.partner;

/**
 * A partner's name changed (a reviewed change of identity was admitted). Fired inside the transaction that changes it,
 * so that the copies other contexts keep of the name (the supply items') change with it or not at all.
 */
public record PartnerRenamed(Long partnerId, String name) {}
