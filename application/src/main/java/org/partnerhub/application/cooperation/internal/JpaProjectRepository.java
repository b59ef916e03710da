package org.partnerhub.application.cooperation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.cooperation.PartnershipProject;
import org.partnerhub.domain.cooperation.ProjectQuery;
import org.partnerhub.domain.cooperation.ProjectRepository;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<PartnershipProject> find(Long id) {
        return Optional.ofNullable(em.find(PartnershipProject.class, id));
    }

    @Override
    public Optional<PartnershipProject> findForUpdate(Long id) {
        PartnershipProject project = em.find(PartnershipProject.class, id);
        if (project == null) {
            return Optional.empty();
        }
        em.refresh(project, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(project);
    }

    @Override
    public Optional<PartnershipProject> findByIntent(Long intentId) {
        return em.createQuery("SELECT p FROM PartnershipProject p WHERE p.intentId = :intent", PartnershipProject.class)
                .setParameter("intent", intentId)
                .getResultStream().findFirst();
    }

    @Override
    public Page<PartnershipProject> find(ProjectQuery query, PageRequest page) {
        Filter filter = new Filter().and("p.status = :status", "status", query.status());
        if (query.showcaseOnly()) {
            filter.and("p.showcase = TRUE");
            return filter.page(em, PartnershipProject.class, "PartnershipProject p", "p.showcaseAt DESC, p.id DESC",
                    page);
        }
        if (!query.all()) {
            List<Object> namesAndValues = new ArrayList<>();
            List<String> either = new ArrayList<>();
            if (query.partnerId() != null) {
                either.add("p.partnerId = :ownPartner");
                namesAndValues.addAll(List.of("ownPartner", query.partnerId()));
            }
            if (query.regionPath() != null) {
                either.add("p.communityPath LIKE :ownRegion ESCAPE '!'");
                namesAndValues.addAll(List.of("ownRegion", Queries.escapeLike(query.regionPath()) + "%"));
            }
            if (either.isEmpty()) {
                filter.and("p.showcase = TRUE");
            } else {
                // beyond its own projects, everybody reads the showcase cases
                either.add("p.showcase = TRUE");
                filter.andEach("(" + String.join(" OR ", either) + ")", namesAndValues.toArray());
            }
        }
        return filter.page(em, PartnershipProject.class, "PartnershipProject p", "p.updatedAt DESC, p.id DESC", page);
    }

    @Override
    public void add(PartnershipProject project) {
        em.persist(project);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
