package org.partnerhub.application.region.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionName;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaRegionRepository implements RegionRepository {

    /** How long a server trusts its copy of the regions' names; renames by another server show after this. */
    static final long NAMES_TTL_NANOS = 60_000_000_000L;
    /** A code missing from the copy reloads it, but not more often than this (unknown codes cannot cost a statement each). */
    static final long NAMES_MISS_RELOAD_NANOS = 5_000_000_000L;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    private record Names(Map<RegionCode, RegionName> byCode, long loadedAt) {}

    private volatile Names names;

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
    public Map<RegionCode, RegionName> namesOf(Collection<RegionCode> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        long now = System.nanoTime();
        Names known = names;
        boolean stale = known == null || now - known.loadedAt() > NAMES_TTL_NANOS
                || (!known.byCode().keySet().containsAll(codes) && now - known.loadedAt() > NAMES_MISS_RELOAD_NANOS);
        if (stale) {
            Map<RegionCode, RegionName> all = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT r.code, r.nameZh, r.nameEn FROM Region r", Object[].class)
                    .getResultList()) {
                RegionCode code = (RegionCode) row[0];
                all.put(code, new RegionName(code, (String) row[1], (String) row[2]));
            }
            known = new Names(Map.copyOf(all), now);
            names = known;
        }
        Map<RegionCode, RegionName> found = new HashMap<>();
        for (RegionCode code : codes) {
            RegionName name = known.byCode().get(code);
            if (name != null) {
                found.put(code, name);
            }
        }
        return found;
    }

    @Override
    public void forgetNames() {
        names = null;
    }

    @Override
    public Page<Region> find(RegionQuery query, PageRequest page) {
        String withinPath = null;
        if (query.within() != null) {
            // the subtree of a region: every path that starts with the region's own path (an index range scan)
            Optional<Region> root = findByCode(query.within());
            if (root.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            withinPath = root.get().getPath();
        }
        return new Filter()
                .and("r.level = :level", "level", query.level())
                .and("r.parentCode = :parent", "parent", query.parent())
                .andStartsWith("r.path LIKE :within ESCAPE '!'", "within", withinPath)
                .andContains("(r.nameZh LIKE :text ESCAPE '!' OR r.nameEn LIKE :text ESCAPE '!')", "text", query.text())
                .and("r.updatedAt >= :since", "since", query.updatedSince())
                .page(em, Region.class, "Region r",
                        query.updatedSince() != null ? "r.updatedAt, r.id" : "r.sortOrder, r.id", page);
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
    public List<Region> allInTreeOrder(int limit) {
        List<Region> all = em.createQuery("SELECT r FROM Region r ORDER BY r.sortOrder, r.id", Region.class)
                .setMaxResults(limit)
                .getResultList();
        // depth-first: each region directly followed by its subtree
        Map<RegionCode, List<Region>> children = new HashMap<>();
        List<Region> roots = new ArrayList<>();
        for (Region region : all) {
            if (region.getParentCode() == null) {
                roots.add(region);
            } else {
                children.computeIfAbsent(region.getParentCode(), k -> new ArrayList<>()).add(region);
            }
        }
        List<Region> ordered = new ArrayList<>(all.size());
        java.util.Deque<Region> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Region next = stack.pop();
            ordered.add(next);
            List<Region> below = children.getOrDefault(next.getCode(), List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                stack.push(below.get(i));
            }
        }
        return ordered;
    }

    @Override
    public void add(Region region) {
        em.persist(region);
    }
}
