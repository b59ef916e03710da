package org.partnerhub.domain.matching;

import java.time.Instant;

/** Which pairs of need and supply item were notified as a match, to which side. */
public interface MatchNoticeRepository {

    /** The side told of a match: the item's partner (of a published need), the need's staff (of a published item). */
    enum Side {
        PARTNER,
        COMMUNITY
    }

    /**
     * Records that {@code side} is being told of the pair now; answers false when it was already (by this or a
     * concurrent transaction: pair and side are the primary key, so only one of two racing transactions claims it).
     */
    boolean claim(Long needId, Long supplyId, Side side, int score, Instant at);
}
