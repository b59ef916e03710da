package org.partnerhub.application.matching;

import java.util.List;
import org.partnerhub.domain.matching.MatchReason;

/**
 * One match as a reader sees it: the pair, the score (0–100), its reasons, the other side's summary, and whether the
 * reader may propose a cooperation on it (the need's staff on a need's matches, the item's partner on an item's).
 */
public record MatchView(Long needId, Long supplyId, int score, List<MatchReason> reasons, Counterpart counterpart,
        boolean mayPropose) {

    public MatchView {
        reasons = List.copyOf(reasons);
    }
}
