package org.partnerhub.application.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.partnerhub.application.cooperation.ProjectEvaluated;
import org.partnerhub.domain.matching.TrackRecordRepository;

/**
 * Keeps the partners' track records: each evaluated project counts once for its partner, its need's category and
 * street, in the transaction that records the evaluation (so a rolled-back evaluation counts nothing).
 */
@ApplicationScoped
@Transactional
public class TrackRecords {

    @Inject
    TrackRecordRepository records;

    void on(@Observes ProjectEvaluated event) {
        records.count(event.projectId(), event.partnerId(), event.categoryCode(), streetPath(event.communityPath()),
                event.rating(), event.evaluatedAt());
    }

    /** {@code /city/district/street/community/} → {@code /city/district/street/}. */
    static String streetPath(String communityPath) {
        String trimmed = communityPath.substring(0, communityPath.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }
}
