package org.partnerhub.application.matching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.matching.MatchNoticeRepository;

/** {@code match_notice}: an insert that is ignored when the pair and side are there already. */
@ApplicationScoped
class JpaMatchNoticeRepository implements MatchNoticeRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public boolean claim(Long needId, Long supplyId, Side side, int score, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO match_notice (need_id, supply_id, told, score, notified_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, needId)
                .setParameter(2, supplyId)
                .setParameter(3, side.name())
                .setParameter(4, score)
                .setParameter(5, Timestamp.from(at))
                .executeUpdate() == 1;
    }
}
