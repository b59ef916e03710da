package org.partnerhub.application.supply;

/**
 * What another context may know of a supply item (the cooperation context): its title, its partner and whether it is
 * public — never the entity itself.
 *
 * @param status the status's name (for messages)
 * @param published whether it is published
 * @param partnerListed whether its partner is in the public library (active)
 */
public record ItemSummary(Long id, String title, Long partnerId, String status, boolean published,
        boolean partnerListed) {}
