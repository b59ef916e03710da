package org.partnerhub.application.matching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.matching.ItemSide;
import org.partnerhub.domain.matching.NeedSide;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * Candidate selection for matching, one statement each way, every part of it driven by an index and bounded by a
 * LIMIT, so that a query costs about the same in a district of 1,000 items as in one of 100,000:
 *
 * <ul>
 *   <li>items for a need: per region on the need's path (community, street, district, city) the newest
 *       {@code perRegion} open items serving it whose category is in the need's domain
 *       ({@code supply_service_area.region_path} index, newest first), plus the newest {@code crossRegion} open items
 *       of the need's own category anywhere ({@code ix_supply_category_status});</li>
 *   <li>needs for an item: per served region and category of the item's domain the newest {@code perRegion}
 *       published needs under that region ({@code ix_need_match}: status, category, path — the id comes with the
 *       index), plus the newest {@code crossRegion} published needs of the item's own category anywhere.</li>
 * </ul>
 *
 * "Open" is what the public catalogue shows (published, partner active) with capacity left.
 */
@ApplicationScoped
public class MatchCandidates {

    private static final String OPEN_ITEM = "s.status = 'PUBLISHED' AND s.partner_listed = TRUE "
            + "AND s.capacity_in_use < s.capacity";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    /** An item found for a need, with the served regions that hold the need's community (none: cross-region). */
    public record ItemCandidate(ItemSide side, String title) {}

    /** A need found for an item. */
    public record NeedCandidate(NeedSide side, String title, RegionCode community) {}

    /**
     * Open items for a need in {@code communityPath}: {@code family} are the categories of the need's domain,
     * {@code category} its own.
     */
    public List<ItemCandidate> itemsFor(String communityPath, Collection<CategoryCode> family, CategoryCode category,
            int perRegion, int crossRegion) {
        List<String> paths = ancestors(communityPath);
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        String columns = "s.id, s.partner_id, s.category_code, s.capacity, s.capacity_in_use, s.funding_mode, s.title";
        for (String path : paths) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            // the index is named: with ORDER BY … LIMIT the optimizer may otherwise walk the primary key backwards
            // and filter, which reads the whole table when a region has fewer candidates than the limit
            sql.append("(SELECT ").append(columns).append(", a.region_path FROM supply_service_area a ")
                    .append("FORCE INDEX (ix_supply_service_area_path) ")
                    .append("JOIN supply_item s ON s.id = a.supply_id WHERE a.region_path = ")
                    .append(param(params, path)).append(" AND ").append(OPEN_ITEM)
                    .append(" AND s.category_code IN (").append(params(params, codes(family))).append(")")
                    .append(" ORDER BY a.supply_id DESC LIMIT ").append(perRegion).append(")");
        }
        if (crossRegion > 0) {
            sql.append(" UNION ALL (SELECT ").append(columns).append(", NULL FROM supply_item s ")
                    .append("FORCE INDEX (ix_supply_category_status) WHERE s.category_code = ")
                    .append(param(params, category.value())).append(" AND ").append(OPEN_ITEM)
                    .append(" ORDER BY s.id DESC LIMIT ").append(crossRegion).append(")");
        }
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        Map<Long, Set<String>> served = new LinkedHashMap<>();
        for (Object row : query(sql.toString(), params).getResultList()) {
            Object[] r = (Object[]) row;
            Long id = number(r[0]).longValue();
            rows.putIfAbsent(id, r);
            Set<String> paths2 = served.computeIfAbsent(id, k -> new LinkedHashSet<>());
            if (r[7] != null) {
                paths2.add((String) r[7]);
            }
        }
        List<ItemCandidate> found = new ArrayList<>(rows.size());
        for (Map.Entry<Long, Object[]> e : rows.entrySet()) {
            Object[] r = e.getValue();
            found.add(new ItemCandidate(new ItemSide(e.getKey(), number(r[1]).longValue(), SupplyStatus.PUBLISHED, true,
                    CategoryCode.of((String) r[2]), List.copyOf(served.get(e.getKey())), number(r[3]).intValue(),
                    number(r[4]).intValue(), FundingMode.valueOf((String) r[5])), (String) r[6]));
        }
        return found;
    }

    /**
     * Published needs for an item serving {@code servedPaths}: {@code family} are the categories of the item's
     * domain, {@code category} its own.
     */
    public List<NeedCandidate> needsFor(Collection<String> servedPaths, Collection<CategoryCode> family,
            CategoryCode category, int perRegion, int crossRegion) {
        StringBuilder ids = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (String path : outermost(servedPaths)) {
            for (CategoryCode code : family) {
                if (!ids.isEmpty()) {
                    ids.append(" UNION ");
                }
                ids.append("(SELECT n.id FROM need n FORCE INDEX (ix_need_match) WHERE n.status = 'PUBLISHED' "
                        + "AND n.category_code = ")
                        .append(param(params, code.value())).append(" AND n.region_path LIKE ")
                        .append(param(params, like(path))).append(" ORDER BY n.id DESC LIMIT ").append(perRegion)
                        .append(")");
            }
        }
        if (crossRegion > 0) {
            if (!ids.isEmpty()) {
                ids.append(" UNION ");
            }
            ids.append("(SELECT n.id FROM need n FORCE INDEX (ix_need_category_status) WHERE n.category_code = ")
                    .append(param(params, category.value()))
                    .append(" AND n.status = 'PUBLISHED' ORDER BY n.id DESC LIMIT ").append(crossRegion).append(")");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT n.id, n.category_code, n.region_path, n.funding_mode, n.budget_fen, n.title, "
                + "n.community_code FROM need n JOIN (" + ids + ") c ON c.id = n.id";
        List<NeedCandidate> found = new ArrayList<>();
        for (Object row : query(sql, params).getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new NeedCandidate(new NeedSide(number(r[0]).longValue(), NeedStatus.PUBLISHED,
                    CategoryCode.of((String) r[1]), (String) r[2], FundingMode.valueOf((String) r[3]),
                    number(r[4]).longValue()), (String) r[5], RegionCode.of((String) r[6])));
        }
        return found;
    }

    /** {@code /a/b/c/} → {@code /a/}, {@code /a/b/}, {@code /a/b/c/}. */
    static List<String> ancestors(String path) {
        List<String> all = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            all.add(path.substring(0, i + 1));
        }
        return all;
    }

    /** The served paths without those under another served path (a street already holds its communities). */
    static List<String> outermost(Collection<String> paths) {
        List<String> kept = new ArrayList<>();
        for (String p : new LinkedHashSet<>(paths)) {
            if (paths.stream().noneMatch(other -> !other.equals(p) && p.startsWith(other))) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static String like(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static List<String> codes(Collection<CategoryCode> codes) {
        return codes.stream().map(CategoryCode::value).toList();
    }

    private static String param(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }

    private static String params(List<Object> params, List<String> values) {
        StringBuilder s = new StringBuilder();
        for (String v : values) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(param(params, v));
        }
        return s.toString();
    }

    private Query query(String sql, List<Object> params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    static Number number(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : (Number) value;
    }
}
