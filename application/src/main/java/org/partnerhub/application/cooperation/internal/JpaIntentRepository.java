package org.partnerhub.application.cooperation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.cooperation.CooperationIntent;
import org.partnerhub.domain.cooperation.IntentQuery;
import org.partnerhub.domain.cooperation.IntentRepository;
import org.partnerhub.domain.cooperation.IntentStatus;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaIntentRepository implements IntentRepository {

    /** How many intents one expiry statement takes at most (the job repeats until none is left). */
    static final int EXPIRY_BATCH = 500;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<CooperationIntent> find(Long id) {
        return Optional.ofNullable(em.find(CooperationIntent.class, id));
    }

    @Override
    public Optional<CooperationIntent> findForUpdate(Long id) {
        CooperationIntent intent = em.find(CooperationIntent.class, id);
        if (intent == null) {
            return Optional.empty();
        }
        em.refresh(intent, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(intent);
    }

    @Override
    public Page<CooperationIntent> find(IntentQuery query, PageRequest page) {
        return filter(query).and("i.status = :status", "status", query.status())
                .page(em, CooperationIntent.class, "CooperationIntent i", "i.updatedAt DESC, i.id DESC", page);
    }

    @Override
    public Map<IntentStatus, Long> countByStatus(IntentQuery query) {
        Map<IntentStatus, Long> counts = new EnumMap<>(IntentStatus.class);
        // one count per status, each on the (status, …) indexes; an inbox has six
        for (IntentStatus status : IntentStatus.values()) {
            counts.put(status, filter(query.anyStatus()).and("i.status = :status", "status", status)
                    .page(em, CooperationIntent.class, "CooperationIntent i", "i.id", new PageRequest(0, 1)).total());
        }
        return counts;
    }

    private static Filter filter(IntentQuery query) {
        Filter filter = new Filter()
                .and("i.needId = :needId", "needId", query.needId())
                .and("i.supplyId = :supplyId", "supplyId", query.supplyId());
        if (query.all()) {
            return filter;
        }
        List<Object> namesAndValues = new ArrayList<>();
        List<String> either = new ArrayList<>();
        if (query.partnerId() != null) {
            either.add("i.partnerId = :ownPartner");
            namesAndValues.addAll(List.of("ownPartner", query.partnerId()));
        }
        if (query.regionPath() != null) {
            either.add("i.communityPath LIKE :ownRegion ESCAPE '!'");
            namesAndValues.addAll(List.of("ownRegion", Queries.escapeLike(query.regionPath()) + "%"));
        }
        if (either.isEmpty()) {
            return filter.and("1 = 0");
        }
        return filter.andEach("(" + String.join(" OR ", either) + ")", namesAndValues.toArray());
    }

    @Override
    public boolean existsOpen(Long needId, Long supplyId) {
        return !em.createQuery("SELECT i.id FROM CooperationIntent i WHERE i.needId = :need AND i.supplyId = :supply "
                        + "AND i.status IN :open", Long.class)
                .setParameter("need", needId)
                .setParameter("supply", supplyId)
                .setParameter("open", List.copyOf(IntentStatus.OPEN))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public int expireDue(Instant now, String run) {
        // the candidates by a plain read, then one conditional statement on their primary keys: a row another server
        // expired first no longer matches, so each intent expires once; and locking by primary key in id order (not by
        // a range of the (status, expires_at) index that the update itself rewrites) keeps concurrent runs from
        // deadlocking
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM cooperation_intent WHERE status IN ('PROPOSED', "
                        + "'NEGOTIATING') AND expires_at < ? ORDER BY id LIMIT " + EXPIRY_BATCH)
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        String ids = String.join(",", Collections.nCopies(due.size(), "?"));
        Query update = em.createNativeQuery("UPDATE cooperation_intent FORCE INDEX (PRIMARY) SET status = 'EXPIRED', open_pair = NULL, expiry_run = ?, "
                + "version = version + 1, updated_at = ? WHERE id IN (" + ids + ") "
                + "AND status IN ('PROPOSED', 'NEGOTIATING') AND expires_at < ?")
                .setParameter(1, run)
                .setParameter(2, Timestamp.from(now));
        // positional parameters in the order of the statement: the ids, then the deadline
        for (int i = 0; i < due.size(); i++) {
            update.setParameter(3 + i, due.get(i).longValue());
        }
        return update.setParameter(3 + due.size(), Timestamp.from(now)).executeUpdate();
    }

    @Override
    public List<CooperationIntent> expiredIn(String run) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM cooperation_intent WHERE expiry_run = ? ORDER BY id")
                .setParameter(1, run)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CooperationIntent> found = em.createQuery("SELECT i FROM CooperationIntent i WHERE i.id IN :ids "
                        + "ORDER BY i.id", CooperationIntent.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList();
        found.forEach(em::refresh);
        return found;
    }

    @Override
    public void add(CooperationIntent intent) {
        em.persist(intent);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
