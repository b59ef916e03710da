package org.partnerhub.domain.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.domain.shared.ChineseText;

/**
 * How a text query runs against the search index. The query's terms ({@link ChineseText#terms}) must each occur as
 * written in the record's title or body; the index narrows the candidates first: a record can only contain a term of
 * two or more characters if it has every character pair of it, so the plan requires a few of those pairs (the first,
 * a middle and the last of each term — enough to be selective, few enough to stay cheap) and the exact check on the
 * text decides. Single-character terms have no pair; a query made only of them is checked on the text alone.
 *
 * <p>Relevance, computed the same way in SQL and here: a title equal to the whole query weighs {@value #EXACT_TITLE},
 * each term found in the title {@value #TITLE_TERM}, a term found only in the body nothing; ties go to the newer
 * record, then the higher id, so the order is the same on every database.
 */
public record SearchPlan(List<String> terms, List<String> pairs, String exact) {

    public static final int PAIRS_PER_TERM = 3;
    public static final int MAX_PAIRS = 8;
    public static final int EXACT_TITLE = 8;
    public static final int TITLE_TERM = 2;

    public SearchPlan {
        terms = List.copyOf(terms);
        pairs = List.copyOf(pairs);
    }

    /** The plan of a query typed by someone; empty when it has no term. */
    public static SearchPlan of(String query) {
        return of(ChineseText.terms(query));
    }

    /** The plan of terms already split by {@link ChineseText#terms}. */
    public static SearchPlan of(List<String> terms) {
        Set<String> pairs = new LinkedHashSet<>();
        for (String term : terms) {
            for (String pair : pick(ChineseText.termPairs(term))) {
                if (pairs.size() < MAX_PAIRS) {
                    pairs.add(pair);
                }
            }
        }
        return new SearchPlan(terms, new ArrayList<>(pairs), String.join(" ", terms));
    }

    private static List<String> pick(List<String> pairs) {
        if (pairs.size() <= PAIRS_PER_TERM) {
            return pairs;
        }
        return List.of(pairs.get(0), pairs.get(pairs.size() / 2), pairs.get(pairs.size() - 1));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether the index can narrow the candidates (some term has two characters or more). */
    public boolean usesIndex() {
        return !pairs.isEmpty();
    }

    /**
     * The terms the postings do not settle and the stored text must: a term of exactly two characters occurs in a
     * record if and only if the record has that pair (its pairs are taken from the same text), so only longer terms,
     * single characters and any term whose pair was left out of {@link #pairs} are checked with {@code LIKE}.
     */
    public List<String> textTerms() {
        return terms.stream()
                .filter(t -> t.codePointCount(0, t.length()) != 2 || !pairs.contains(t))
                .toList();
    }

    /** The relevance of a record with this title (any form; it is made {@link ChineseText#searchable} here). */
    public int rank(String title) {
        String t = ChineseText.searchable(title);
        int rank = t.equals(exact) ? EXACT_TITLE : 0;
        for (String term : terms) {
            if (t.contains(term)) {
                rank += TITLE_TERM;
            }
        }
        return rank;
    }
}
