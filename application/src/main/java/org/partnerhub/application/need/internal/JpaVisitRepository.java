package org.partnerhub.application.need.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.need.Visibility;
import org.partnerhub.domain.need.Visit;
import org.partnerhub.domain.need.VisitQuery;
import org.partnerhub.domain.need.VisitRepository;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaVisitRepository implements VisitRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<Visit> find(Long id) {
        return Optional.ofNullable(em.find(Visit.class, id));
    }

    @Override
    public Page<Visit> find(VisitQuery query, PageRequest page) {
        Filter filter = new Filter()
                .andStartsWith("v.regionPath LIKE :path ESCAPE '!'", "path", query.regionPath())
                .and("v.format = :format", "format", query.format())
                .and("v.visitDate >= :from", "from", query.from())
                .and("v.visitDate <= :to", "to", query.to());
        Visibility visibility = query.visibility();
        if (!visibility.all()) {
            List<String> parts = new ArrayList<>();
            List<Object> namesAndValues = new ArrayList<>();
            if (visibility.regionPath() != null) {
                parts.add("v.regionPath LIKE :scope ESCAPE '!'");
                namesAndValues.addAll(List.of("scope", Queries.escapeLike(visibility.regionPath()) + "%"));
            }
            if (visibility.partnerId() != null) {
                parts.add("v.recordedByPartnerId = :partner");
                namesAndValues.addAll(List.of("partner", visibility.partnerId()));
            }
            if (parts.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            filter.andEach("(" + String.join(" OR ", parts) + ")", namesAndValues.toArray());
        }
        return filter.page(em, Visit.class, "Visit v", "v.visitDate DESC, v.id DESC", page);
    }

    @Override
    public void add(Visit visit) {
        em.persist(visit);
        em.flush();
    }
}
