package org.partnerhub.application.search;

import java.util.List;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.search.SearchPlan;

/**
 * Adds a text query to a list query ({@link Filter}) of one kind of record: a few character pairs of the terms narrow
 * the candidates through the posting table's primary key, every term must occur as written in the indexed title or
 * body, and the page is ranked by the relevance of {@link SearchPlan}. Every kind uses this same SQL, so needs,
 * partners and supply items are found and ranked alike, on every MySQL and MariaDB.
 *
 * <p>Two things keep a search of a common word (found in tens of thousands of records) fast. A term of two characters
 * is settled by its posting alone, so its records are not joined to their stored text. And a ranked search reads the
 * {@value #WINDOW} most recently recorded hits only (the highest ids: the postings' own key order, so no sort), with
 * their relevance, in one statement ({@link Filter#ranked}): the database stops there instead of counting and sorting
 * every hit, and the page is cut from that window in relevance order. The total of a search with more hits is reported
 * as "at least {@value #WINDOW}" ({@code Page#totalCapped}).
 *
 * <pre>{@code
 * Filter filter = ...;
 * String order = TextSearch.apply(filter, SearchKind.NEED, "n", "n.title", plan, "n.createdAt DESC, n.id DESC", true);
 * filter.page(em, Need.class, "Need n", order, page);
 * }</pre>
 */
public final class TextSearch {

    /** How many of the newest hits a ranked search reads and ranks. */
    public static final int WINDOW = 1000;

    private TextSearch() {}

    /**
     * Adds the plan's conditions to {@code filter}, and when {@code byRelevance} its relevance (computed on the record's
     * own title, {@code titlePath}); answers the order in which hits are read: the id descending for a ranked search,
     * else {@code newestOrder}, which must end with the id so that the order is total.
     */
    public static String apply(Filter filter, SearchKind kind, String idPath, String titlePath, SearchPlan plan,
            String newestOrder, boolean byRelevance) {
        return apply(filter, kind, idPath, titlePath, plan, newestOrder, byRelevance, false);
    }

    /**
     * As {@link #apply(Filter, SearchKind, String, String, SearchPlan, String, boolean)}, for a list that also has a
     * filter an index of the record's own table answers ({@code narrowed}: a region's path prefix). The window is then
     * ordered on an expression of the id rather than the id itself: the database cannot take the order from an index
     * any more, so it chooses the access by cost — the region's range, its few rows sorted — instead of walking a
     * common word's postings (or the whole table) in id order only to find that most rows are elsewhere.
     */
    public static String apply(Filter filter, SearchKind kind, String idPath, String titlePath, SearchPlan plan,
            String newestOrder, boolean byRelevance, boolean narrowed) {
        if (plan.isEmpty()) {
            return newestOrder;
        }
        for (int i = 0; i < plan.pairs().size(); i++) {
            // each pair is a lookup on the posting table's primary key (kind, gram, record id)
            filter.and(idPath + " IN (SELECT g" + i + ".recordId FROM SearchPair g" + i + " WHERE g" + i
                    + ".kind = " + kind.code() + " AND g" + i + ".pair = :sdPair" + i + ")", "sdPair" + i,
                    plan.pairs().get(i));
        }
        List<String> textTerms = plan.textTerms();
        if (!textTerms.isEmpty()) {
            filter.from(", SearchDoc sd")
                    .and("sd.kind = " + kind.code())
                    .and("sd.recordId = " + idPath);
            for (int i = 0; i < textTerms.size(); i++) {
                filter.andContains("(sd.title LIKE :sdTerm" + i + " ESCAPE '!' OR sd.body LIKE :sdTerm" + i
                        + " ESCAPE '!')", "sdTerm" + i, textTerms.get(i));
            }
        }
        if (byRelevance) {
            filter.ranked(rank(filter, titlePath, plan), WINDOW);
            // the window is the most recently recorded hits: ids grow with time, and an order on the id is the order of
            // the posting table's key, so the database walks a pair's postings backwards and stops at the window
            // instead of sorting every hit by a time column
            return narrowed ? "(" + idPath + " + 0) DESC" : idPath + " DESC";
        }
        return newestOrder;
    }

    /**
     * The relevance of {@link SearchPlan}, in JPQL on the record's title column: its collation ignores case and width
     * as the indexed form does, and the title is in the row the query reads anyway.
     */
    private static String rank(Filter filter, String titlePath, SearchPlan plan) {
        StringBuilder rank = new StringBuilder("(CASE WHEN " + titlePath + " = :sdExact THEN " + SearchPlan.EXACT_TITLE
                + " ELSE 0 END");
        filter.orderParameter("sdExact", plan.exact());
        for (int i = 0; i < plan.terms().size(); i++) {
            rank.append(" + CASE WHEN ").append(titlePath).append(" LIKE :sdTitle").append(i)
                    .append(" ESCAPE '!' THEN ").append(SearchPlan.TITLE_TERM).append(" ELSE 0 END");
            filter.orderParameter("sdTitle" + i, "%" + Queries.escapeLike(plan.terms().get(i)) + "%");
        }
        return rank.append(')').toString();
    }
}
