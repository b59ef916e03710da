package org.partnerhub.application.need.internal;

import static org.partnerhub.application.shared.NativeSql.number;
import static org.partnerhub.application.shared.NativeSql.param;
import static org.partnerhub.application.shared.NativeSql.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.partnerhub.application.need.CandidateNeed;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FundingMode;

/**
 * The candidate needs for a supply item's matches, one statement, every part of it driven by an index and bounded by
 * a LIMIT: per served region and category of the item's domain the newest {@code perRegion} published needs under that
 * region ({@code ix_need_match}: status, category, path — the id comes with the index), plus the newest
 * {@code crossRegion} published needs of the item's own category anywhere ({@code ix_need_category_status}). (Moved
 * here from the matching context, unchanged: the need context alone reads its tables.)
 */
@ApplicationScoped
public class NeedCandidates {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    /**
     * Published needs for an item serving {@code servedPaths}: {@code family} are the categories of the item's
     * domain, {@code category} its own.
     */
    public List<CandidateNeed> needsFor(Collection<String> servedPaths, Collection<CategoryCode> family,
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
        List<CandidateNeed> found = new ArrayList<>();
        for (Object row : query(em, sql, params).getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new CandidateNeed(number(r[0]).longValue(), CategoryCode.of((String) r[1]), (String) r[2],
                    FundingMode.valueOf((String) r[3]), number(r[4]).longValue(), (String) r[5],
                    RegionCode.of((String) r[6])));
        }
        return found;
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
}
