package org.partnerhub.application.search;

import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.search.SearchPlan;

/**
 * Adds a text query to a list query ({@link Filter}) of one kind of record: the record's index entry joins the query,
 * a few character pairs of the terms narrow the candidates through the posting table's primary key, every term must
 * occur as written in the indexed title or body, and the order is the relevance of {@link SearchPlan}. Every kind uses
 * this same SQL, so needs, partners and supply items are found and ranked alike, on every MySQL and MariaDB.
 *
 * <pre>{@code
 * Filter filter = ...;
 * String order = TextSearch.apply(filter, SearchKind.NEED, "n.id", plan, "n.createdAt DESC, n.id DESC", true);
 * filter.page(em, Need.class, "Need n", order, page);
 * }</pre>
 */
public final class TextSearch {

    private TextSearch() {}

    /**
     * Adds the plan's conditions to {@code filter} and answers the ORDER BY: by relevance, then {@code newestOrder}
     * (which must end with the id so that the order is total), or {@code newestOrder} alone when the plan is empty or
     * {@code byRelevance} is false.
     */
    public static String apply(Filter filter, SearchKind kind, String idPath, SearchPlan plan, String newestOrder,
            boolean byRelevance) {
        if (plan.isEmpty()) {
            return newestOrder;
        }
        filter.from(", SearchDoc sd")
                .and("sd.kind = :sdKind", "sdKind", kind.code())
                .and("sd.recordId = " + idPath);
        for (int i = 0; i < plan.pairs().size(); i++) {
            // each pair is a lookup on the posting table's primary key (kind, gram, record id)
            filter.and("sd.recordId IN (SELECT g" + i + ".recordId FROM SearchPair g" + i + " WHERE g" + i
                    + ".kind = :sdKind AND g" + i + ".pair = :sdPair" + i + ")", "sdPair" + i, plan.pairs().get(i));
        }
        for (int i = 0; i < plan.terms().size(); i++) {
            filter.andContains("(sd.title LIKE :sdTerm" + i + " ESCAPE '!' OR sd.body LIKE :sdTerm" + i + " ESCAPE '!')",
                    "sdTerm" + i, plan.terms().get(i));
        }
        if (!byRelevance) {
            return newestOrder;
        }
        StringBuilder rank = new StringBuilder("(CASE WHEN sd.title = :sdExact THEN " + SearchPlan.EXACT_TITLE
                + " ELSE 0 END");
        filter.orderParameter("sdExact", plan.exact());
        for (int i = 0; i < plan.terms().size(); i++) {
            rank.append(" + CASE WHEN sd.title LIKE :sdTitle").append(i).append(" ESCAPE '!' THEN ")
                    .append(SearchPlan.TITLE_TERM).append(" ELSE 0 END");
            filter.orderParameter("sdTitle" + i, "%" + Queries.escapeLike(plan.terms().get(i)) + "%");
        }
        return rank.append(") DESC, ").append(newestOrder).toString();
    }
}
