package org.partnerhub.application.matching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.shared.NativeSql;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.matching.TrackRecord;
import org.partnerhub.domain.matching.TrackRecordRepository;

/** The track records in {@code partner_track_record}, counted with one upsert per evaluated project. */
@ApplicationScoped
class JpaTrackRecordRepository implements TrackRecordRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public boolean count(Long projectId, Long partnerId, CategoryCode category, String streetPath, int rating,
            Instant at) {
        int fresh = em.createNativeQuery("INSERT IGNORE INTO track_record_project (project_id) VALUES (?1)")
                .setParameter(1, projectId)
                .executeUpdate();
        if (fresh == 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO partner_track_record (partner_id, category_code, street_path, delivered, "
                        + "rating_sum, last_evaluated) VALUES (?1, ?2, ?3, 1, ?4, ?5) ON DUPLICATE KEY UPDATE "
                        + "delivered = delivered + 1, rating_sum = rating_sum + VALUES(rating_sum), "
                        + "last_evaluated = VALUES(last_evaluated)")
                .setParameter(1, partnerId)
                .setParameter(2, category.value())
                .setParameter(3, streetPath)
                .setParameter(4, rating)
                .setParameter(5, Timestamp.from(at))
                .executeUpdate();
        return true;
    }

    @Override
    public Map<Long, TrackRecord> forPartners(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        StringBuilder in = new StringBuilder();
        List<Long> ids = new ArrayList<>(partnerIds);
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(i + 1);
        }
        var query = em.createNativeQuery("SELECT partner_id, category_code, street_path, delivered, rating_sum "
                + "FROM partner_track_record WHERE partner_id IN (" + in + ")");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        Map<Long, List<TrackRecord.Line>> lines = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            lines.computeIfAbsent(NativeSql.number(r[0]).longValue(), k -> new ArrayList<>())
                    .add(new TrackRecord.Line(CategoryCode.of((String) r[1]), (String) r[2],
                            NativeSql.number(r[3]).intValue(), NativeSql.number(r[4]).longValue()));
        }
        Map<Long, TrackRecord> records = new HashMap<>();
        lines.forEach((partner, l) -> records.put(partner, new TrackRecord(l)));
        return records;
    }
}
