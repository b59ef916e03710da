package org.partnerhub.domain.supply;

/**
 * Which supply items a reader sees beyond the public catalogue (published items of active partners): everything
 * ({@code all}: the district, auditors), or everything of one partner (its own users).
 */
public record SupplyVisibility(boolean all, Long partnerId) {

    public static final SupplyVisibility PUBLIC = new SupplyVisibility(false, null);

    public static final SupplyVisibility ALL = new SupplyVisibility(true, null);
}
