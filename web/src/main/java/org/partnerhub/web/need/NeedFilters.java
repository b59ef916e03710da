package org.partnerhub.web.need;

import java.util.function.UnaryOperator;
import org.partnerhub.application.need.NeedFilter;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.web.api.Params;

/**
 * The need list's query parameters, read the same way for the API's list and export and for the pages' export links:
 * {@code region, category, status, urgency, fundingMode, channel, createdFrom, createdTo, q, visit, updatedSince}.
 */
final class NeedFilters {

    private NeedFilters() {}

    static NeedFilter of(UnaryOperator<String> param) {
        String visit = Params.text(param.apply("visit"));
        return new NeedFilter(Params.text(param.apply("region")), Params.text(param.apply("category")),
                Params.enumeration(NeedStatus.class, "status", param.apply("status")),
                Params.enumeration(Urgency.class, "urgency", param.apply("urgency")),
                Params.enumeration(FundingMode.class, "fundingMode", param.apply("fundingMode")),
                Params.enumeration(SourceChannel.class, "channel", param.apply("channel")),
                Params.date("createdFrom", param.apply("createdFrom")), Params.date("createdTo", param.apply("createdTo")),
                Params.text(param.apply("q")), Params.instant("updatedSince", param.apply("updatedSince")),
                visit == null ? null : Params.integer("visit", visit).longValue());
    }
}
