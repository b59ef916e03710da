package org.partnerhub.application.need.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.partnerhub.application.search.TextSearch;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.NeedQuery;
import org.partnerhub.domain.need.NeedRepository;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.Visibility;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.search.SearchPlan;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaNeedRepository implements NeedRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    @Override
    public Optional<Need> find(Long id) {
        return Optional.ofNullable(em.find(Need.class, id));
    }

    @Override
    public Optional<Need> findForUpdate(Long id) {
        Need need = em.find(Need.class, id);
        if (need == null) {
            return Optional.empty();
        }
        // a locking read of the latest committed row, also when the need was read earlier in this transaction
        em.refresh(need, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(need);
    }

    @Override
    public Page<Need> find(NeedQuery query, PageRequest page) {
        Filter filter = filter(query);
        return filter.page(em, Need.class, "Need n", order(filter, query), page);
    }

    @Override
    public List<Need> findAll(NeedQuery query, int limit) {
        Filter filter = filter(query);
        return filter.list(em, Need.class, "Need n", order(filter, query), limit);
    }

    @Override
    public List<Need> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT n FROM Need n WHERE n.id IN :ids ORDER BY n.id", Need.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    /** The text terms through the search index (ranked unless a change feed or newest first was asked for). */
    private static String order(Filter filter, NeedQuery query) {
        boolean feed = query.updatedSince() != null;
        String order = feed ? "n.updatedAt, n.id" : "n.createdAt DESC, n.id DESC";
        // a street or district is read from the region index faster than a common word's postings are walked
        return TextSearch.apply(filter, SearchKind.NEED, "n.id", "n.title", SearchPlan.of(query.terms()), order,
                !feed && !query.newestFirst(), query.regionPath() != null);
    }

    static Filter filter(NeedQuery query) {
        Filter filter = new Filter()
                .andStartsWith("n.regionPath LIKE :path ESCAPE '!'", "path", query.regionPath())
                .and("n.categoryCode IN :categories", "categories", query.categories().isEmpty() ? null : query.categories())
                .and("n.status = :status", "status", query.status())
                .and("n.urgency = :urgency", "urgency", query.urgency())
                .and("n.fundingMode = :fundingMode", "fundingMode", query.fundingMode())
                .and("n.sourceChannel = :channel", "channel", query.channel())
                .and("n.createdAt >= :createdFrom", "createdFrom", query.createdFrom())
                .and("n.createdAt < :createdTo", "createdTo", query.createdTo())
                .and("n.updatedAt >= :updatedSince", "updatedSince", query.updatedSince())
                .and("n.visitId = :visitId", "visitId", query.visitId());
        return visible(filter, query.visibility());
    }

    /** Public needs, and beyond them what the reader's region or organisation holds. */
    private static Filter visible(Filter filter, Visibility visibility) {
        if (visibility.all()) {
            return filter;
        }
        List<Object> namesAndValues = new ArrayList<>(List.of("publicStatuses", List.copyOf(NeedStatus.PUBLIC)));
        StringBuilder condition = new StringBuilder("(n.status IN :publicStatuses");
        if (visibility.regionPath() != null) {
            condition.append(" OR n.regionPath LIKE :scope ESCAPE '!'");
            namesAndValues.addAll(List.of("scope", Queries.escapeLike(visibility.regionPath()) + "%"));
        }
        if (visibility.partnerId() != null) {
            condition.append(" OR n.recordedByPartnerId = :partner");
            namesAndValues.addAll(List.of("partner", visibility.partnerId()));
        }
        return filter.andEach(condition.append(')').toString(), namesAndValues.toArray());
    }

    @Override
    public List<Need> findOpen(String streetPath, CategoryCode category, int limit) {
        return em.createQuery("SELECT n FROM Need n WHERE n.regionPath LIKE :street ESCAPE '!' AND n.categoryCode = :category "
                        + "AND n.status IN :open ORDER BY n.createdAt DESC, n.id DESC", Need.class)
                .setParameter("street", Queries.escapeLike(streetPath) + "%")
                .setParameter("category", category)
                .setParameter("open", List.copyOf(NeedStatus.OPEN))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long earmarked(RegionCode community, int year, Long exceptNeed) {
        // a locking read: it sees the needs other transactions committed while this one waited for the fund's lock
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(budget_fen), 0) FROM need WHERE community_code = ? "
                        + "AND fund_year = ? AND status <> 'CLOSED' AND fund_confirmed = TRUE AND id <> ? LOCK IN SHARE MODE")
                .setParameter(1, community.value())
                .setParameter(2, year)
                .setParameter(3, exceptNeed == null ? -1L : exceptNeed)
                .getSingleResult();
        return ((Number) sum).longValue();
    }

    @Override
    public Map<RegionCode, Long> earmarkedUnder(String regionPath, int year) {
        Map<RegionCode, Long> sums = new HashMap<>();
        em.createQuery("SELECT n.communityCode, SUM(n.budgetFen) FROM Need n WHERE n.regionPath LIKE :path ESCAPE '!' "
                        + "AND n.fundYear = :year AND n.status <> :closed AND n.fundConfirmed = TRUE GROUP BY n.communityCode",
                        Object[].class)
                .setParameter("path", Queries.escapeLike(regionPath) + "%")
                .setParameter("year", year)
                .setParameter("closed", NeedStatus.CLOSED)
                .getResultList()
                .forEach(row -> sums.put((RegionCode) row[0], ((Number) row[1]).longValue()));
        return sums;
    }

    @Override
    public Set<String> existingImportKeys(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(em.createQuery("SELECT n.importKey FROM Need n WHERE n.importKey IN :keys", String.class)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public List<Need> findByVisit(Long visitId) {
        return em.createQuery("SELECT n FROM Need n WHERE n.visitId = :visit ORDER BY n.createdAt, n.id", Need.class)
                .setParameter("visit", visitId)
                .getResultList();
    }

    @Override
    public void add(Need need) {
        em.persist(need);
    }

    @Override
    public Map<String, Long> addImported(List<Need> imported) {
        // within the caller's transaction the container hands out the same connection the persistence unit uses
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            return NeedBulkWriter.insert(connection, imported);
        } catch (SQLException e) {
            throw new PersistenceException("the imported needs could not be written", e);
        }
    }

    @Override
    public void flush() {
        em.flush();
    }
}
