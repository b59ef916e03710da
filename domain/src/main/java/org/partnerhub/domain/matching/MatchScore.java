package org.partnerhub.domain.matching;

import java.util.List;

/** A scored pair: 0–100, the fits it was made of, and the reasons in the order of the factors. */
public record MatchScore(int score, CategoryFit category, RegionFit region, List<MatchReason> reasons) {

    public MatchScore {
        reasons = List.copyOf(reasons);
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
