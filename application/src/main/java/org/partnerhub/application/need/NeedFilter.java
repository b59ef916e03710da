package org.partnerhub.application.need;

import java.time.Instant;
import java.time.LocalDate;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.shared.FundingMode;

/**
 * The filters of a need list as pages and the API take them: {@code region} is a street or community code (or any
 * region above them), {@code category} a category (its children included), {@code createdFrom}/{@code createdTo}
 * whole days in the district, {@code q} a Chinese-aware text search (most relevant first, unless {@code newestFirst}).
 */
public record NeedFilter(String region, String category, NeedStatus status, Urgency urgency, FundingMode fundingMode,
        SourceChannel channel, LocalDate createdFrom, LocalDate createdTo, String q, Instant updatedSince, Long visitId,
        boolean newestFirst) {

    public NeedFilter(String region, String category, NeedStatus status, Urgency urgency, FundingMode fundingMode,
            SourceChannel channel, LocalDate createdFrom, LocalDate createdTo, String q, Instant updatedSince,
            Long visitId) {
        this(region, category, status, urgency, fundingMode, channel, createdFrom, createdTo, q, updatedSince, visitId,
                false);
    }

    public static NeedFilter none() {
        return new NeedFilter(null, null, null, null, null, null, null, null, null, null, null);
    }
}
