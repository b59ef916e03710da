package org.partnerhub.application.supply.internal;

import static org.partnerhub.application.shared.NativeSql.number;
import static org.partnerhub.application.shared.NativeSql.param;
import static org.partnerhub.application.shared.NativeSql.params;
import static org.partnerhub.application.shared.NativeSql.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.supply.CandidateItem;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.shared.FundingMode;

/**
 * The candidate items for a need's matches, one statement, every part of it driven by an index and bounded by a LIMIT,
 * so that it costs about the same in a district of 1,000 items as in one of 100,000: per region on the need's path
 * (community, street, district, city) the newest {@code perRegion} open items serving it whose category is in the
 * need's domain ({@code supply_service_area.region_path} index, newest first), plus the newest {@code crossRegion} open
 * items of the need's own category anywhere ({@code ix_supply_category_status}). "Open" is what the public catalogue
 * shows (published, partner active) with capacity left. (Moved here from the matching context, unchanged: the supply
 * context alone reads its tables.)
 */
@ApplicationScoped
public class ItemCandidates {

    private static final String OPEN_ITEM = "s.status = 'PUBLISHED' AND s.partner_listed = TRUE "
            + "AND s.capacity_in_use < s.capacity";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    /**
     * Open items for a need in {@code communityPath}: {@code family} are the categories of the need's domain,
     * {@code category} its own.
     */
    public List<CandidateItem> itemsFor(String communityPath, Collection<CategoryCode> family, CategoryCode category,
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
        for (Object row : query(em, sql.toString(), params).getResultList()) {
            Object[] r = (Object[]) row;
            Long id = number(r[0]).longValue();
            rows.putIfAbsent(id, r);
            Set<String> paths2 = served.computeIfAbsent(id, k -> new LinkedHashSet<>());
            if (r[7] != null) {
                paths2.add((String) r[7]);
            }
        }
        List<CandidateItem> found = new ArrayList<>(rows.size());
        for (Map.Entry<Long, Object[]> e : rows.entrySet()) {
            Object[] r = e.getValue();
            found.add(new CandidateItem(e.getKey(), number(r[1]).longValue(), CategoryCode.of((String) r[2]),
                    List.copyOf(served.get(e.getKey())), number(r[3]).intValue(), number(r[4]).intValue(),
                    FundingMode.valueOf((String) r[5]), (String) r[6]));
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

    private static List<String> codes(Collection<CategoryCode> codes) {
        return codes.stream().map(CategoryCode::value).toList();
    }
}
