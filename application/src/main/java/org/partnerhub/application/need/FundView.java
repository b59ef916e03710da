package org.partnerhub.application.need;

import java.time.Instant;
import org.partnerhub.application.shared.CodedName;

/**
 * A community's fund for a year: the amount set, what its needs hold, what is left. {@code amountFen} is null when no
 * fund is set for that year yet.
 */
public record FundView(CodedName community, CodedName street, int year, Long amountFen, long earmarkedFen,
        long remainingFen, String updatedBy, Instant updatedAt) {}
