package org.partnerhub.application.need.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.need.PainPoint;
import org.partnerhub.domain.need.PainPointQuery;
import org.partnerhub.domain.need.PainPointRepository;
import org.partnerhub.domain.need.PainPointStatus;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaPainPointRepository implements PainPointRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<PainPoint> find(Long id) {
        return Optional.ofNullable(em.find(PainPoint.class, id));
    }

    @Override
    public Optional<PainPoint> findForUpdate(Long id) {
        PainPoint point = em.find(PainPoint.class, id);
        if (point == null) {
            return Optional.empty();
        }
        em.refresh(point, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(point);
    }

    @Override
    public Page<PainPoint> find(PainPointQuery query, PageRequest page) {
        Filter filter = new Filter()
                .andStartsWith("p.regionPath LIKE :path ESCAPE '!'", "path", query.regionPath())
                .and("p.categoryCode = :category", "category", query.category())
                .and("p.status = :status", "status", query.status())
                .and("p.updatedAt >= :updatedSince", "updatedSince", query.updatedSince());
        for (int i = 0; i < query.terms().size(); i++) {
            filter.andContains("(p.title LIKE :term" + i + " ESCAPE '!' OR p.description LIKE :term" + i + " ESCAPE '!')",
                    "term" + i, query.terms().get(i));
        }
        if (!query.visibility().all()) {
            if (query.visibility().regionPath() != null) {
                filter.andEach("(p.status IN :publicStatuses OR p.regionPath LIKE :scope ESCAPE '!')", "publicStatuses",
                        List.copyOf(PainPointStatus.PUBLIC), "scope", Queries.escapeLike(query.visibility().regionPath()) + "%");
            } else {
                filter.and("p.status IN :publicStatuses", "publicStatuses", List.copyOf(PainPointStatus.PUBLIC));
            }
        }
        String order = query.updatedSince() != null ? "p.updatedAt, p.id" : "p.createdAt DESC, p.id DESC";
        return filter.page(em, PainPoint.class, "PainPoint p", order, page);
    }

    @Override
    public void add(PainPoint painPoint) {
        em.persist(painPoint);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
