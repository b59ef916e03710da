package org.partnerhub.application.region.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaRegionRepository implements RegionRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<Region> findByCode(RegionCode code) {
        return em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Region> findByNameZh(String nameZh) {
        return em.createQuery("SELECT r FROM Region r WHERE r.nameZh = :name ORDER BY r.sortOrder", Region.class)
                .setParameter("name", nameZh)
                .getResultList();
    }

    @Override
    public List<Region> findByCodes(Collection<RegionCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Region r WHERE r.code IN :codes ORDER BY r.path", Region.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    @Override
    public Page<Region> find(RegionQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.level() != null) {
            where.append(" AND r.level = :level");
            params.put("level", query.level());
        }
        if (query.parent() != null) {
            where.append(" AND r.parentCode = :parent");
            params.put("parent", query.parent());
        }
        if (query.within() != null) {
            // the subtree of a region: every path that starts with the region's own path (an index range scan)
            Optional<Region> root = findByCode(query.within());
            if (root.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            where.append(" AND r.path LIKE :within ESCAPE '!'");
            params.put("within", Queries.escapeLike(root.get().getPath()) + "%");
        }
        if (query.text() != null) {
            where.append(" AND (r.nameZh LIKE :text ESCAPE '!' OR r.nameEn LIKE :text ESCAPE '!')");
            params.put("text", "%" + Queries.escapeLike(query.text()) + "%");
        }
        if (query.updatedSince() != null) {
            where.append(" AND r.updatedAt > :since");
            params.put("since", query.updatedSince());
        }
        String order = query.updatedSince() != null ? " ORDER BY r.updatedAt, r.id" : " ORDER BY r.sortOrder, r.id";

        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Region r" + where, Long.class);
        TypedQuery<Region> select = em.createQuery("SELECT r FROM Region r" + where + order, Region.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Region> items = total == 0
                ? List.of()
                : select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM Region r", Long.class).getSingleResult();
    }

    @Override
    public Map<RegionCode, Long> countChildren(Collection<RegionCode> parents) {
        if (parents.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT r.parentCode, COUNT(r) FROM Region r WHERE r.parentCode IN :parents GROUP BY r.parentCode",
                        Object[].class)
                .setParameter("parents", new ArrayList<>(parents))
                .getResultList();
        Map<RegionCode, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((RegionCode) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public int maxSortOrder() {
        Integer max = em.createQuery("SELECT MAX(r.sortOrder) FROM Region r", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public void add(Region region) {
        em.persist(region);
    }
}
