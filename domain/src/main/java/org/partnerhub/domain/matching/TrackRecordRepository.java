package org.partnerhub.domain.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.partnerhub.domain.category.CategoryCode;

/** The partners' track records as the matching context keeps them (one line per partner, category and street). */
public interface TrackRecordRepository {

    /**
     * Counts one evaluated project in its partner's record; answers false (and counts nothing) when that project was
     * counted before.
     */
    boolean count(Long projectId, Long partnerId, CategoryCode category, String streetPath, int rating, Instant at);

    /** The records of these partners, by partner id (partners without any evaluated project are absent). */
    Map<Long, TrackRecord> forPartners(Collection<Long> partnerIds);
}
