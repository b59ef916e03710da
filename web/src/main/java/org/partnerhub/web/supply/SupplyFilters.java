package org.partnerhub.web.supply;

import java.util.function.UnaryOperator;
import org.partnerhub.application.supply.SupplyFilter;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.web.api.Params;

/**
 * The supply list's query parameters, read the same way for the API's list and export and for the pages' export
 * links: {@code region, category, fundingMode, targetGroup, partner, status, q, updatedSince}.
 */
final class SupplyFilters {

    private SupplyFilters() {}

    static SupplyFilter of(UnaryOperator<String> param) {
        String partner = Params.text(param.apply("partner"));
        return new SupplyFilter(Params.text(param.apply("region")), Params.text(param.apply("category")),
                Params.enumeration(FundingMode.class, "fundingMode", param.apply("fundingMode")),
                Params.enumeration(TargetGroup.class, "targetGroup", param.apply("targetGroup")),
                partner == null ? null : Params.integer("partner", partner).longValue(),
                Params.enumeration(SupplyStatus.class, "status", param.apply("status")), Params.text(param.apply("q")),
                Params.instant("updatedSince", param.apply("updatedSince")));
    }
}
