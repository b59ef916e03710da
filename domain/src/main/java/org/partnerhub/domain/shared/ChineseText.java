package org.partnerhub.domain.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text search and comparison for Chinese, which has no spaces between words. A query is split into terms at spaces
 * and punctuation ("养老，助餐" → 养老, 助餐), and a record matches when it contains every term as written, so 助餐 finds
 * 长者助餐服务 while 养老 does not find 老年人助餐. Similarity for near-duplicates compares the sets of adjacent
 * character pairs (bigrams) of two texts. Traditional and simplified characters are left as they are.
 */
public final class ChineseText {

    /** At most this many terms of a query are used; the rest would only make the query slower. */
    public static final int MAX_TERMS = 8;

    /** A term longer than this is cut: nobody searches for a paragraph. */
    public static final int MAX_TERM_LENGTH = 50;

    private ChineseText() {}

    /** The distinct terms of a query, in order; empty for a blank query or one of punctuation only. */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        if (query == null) {
            return List.of();
        }
        for (String run : runs(normalise(query))) {
            if (terms.size() == MAX_TERMS) {
                break;
            }
            terms.add(run.codePointCount(0, run.length()) > MAX_TERM_LENGTH
                    ? run.substring(0, run.offsetByCodePoints(0, MAX_TERM_LENGTH)) : run);
        }
        return List.copyOf(terms);
    }

    /**
     * How alike two texts are, from 0 (nothing in common) to 1 (the same words): the Dice coefficient of their
     * character-bigram sets. Latin words and numbers count as whole tokens; a single character counts as itself.
     */
    public static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    /** The character bigrams of a text, within runs of letters and digits (never across punctuation). */
    public static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        for (String run : runs(normalise(text))) {
            int[] cps = run.codePoints().toArray();
            StringBuilder latin = new StringBuilder();
            List<Integer> han = new ArrayList<>();
            for (int cp : cps) {
                if (Character.isIdeographic(cp)) {
                    flushLatin(latin, grams);
                    han.add(cp);
                } else {
                    flushHan(han, grams);
                    latin.appendCodePoint(cp);
                }
            }
            flushLatin(latin, grams);
            flushHan(han, grams);
        }
        return grams;
    }

    /**
     * The text as the search index keeps it: full-width letters and digits made ordinary, Latin letters in lower case,
     * Chinese as written. A query term is compared with this form, so the comparison does not depend on the database's
     * collation.
     */
    public static String searchable(String text) {
        return text == null ? "" : normalise(text);
    }

    /**
     * The keys under which the search index finds a text: every pair of adjacent characters within a run of letters
     * and digits (Chinese, Latin or digits alike, never across punctuation or spaces), of the {@link #searchable} form.
     * A query term of two or more characters occurs in a text only if every pair of the term is among the text's pairs,
     * so these pairs find every candidate; the exact check ({@code LIKE}) then drops the ones whose pairs are scattered.
     * A run of a single character has no pair and is not indexed: single-character terms are checked by text alone.
     */
    public static Set<String> indexPairs(String text) {
        Set<String> pairs = new LinkedHashSet<>();
        if (text == null) {
            return pairs;
        }
        for (String run : runs(normalise(text))) {
            pairsOf(run, pairs);
        }
        return pairs;
    }

    /** The distinct adjacent pairs of one term (already in {@link #terms} form), in order; empty for one character. */
    public static List<String> termPairs(String term) {
        Set<String> pairs = new LinkedHashSet<>();
        pairsOf(term, pairs);
        return List.copyOf(pairs);
    }

    private static void pairsOf(String run, Set<String> pairs) {
        int[] cps = run.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.add(new StringBuilder(4).appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]).toString());
        }
    }

    private static void flushLatin(StringBuilder latin, Set<String> grams) {
        if (latin.length() > 0) {
            grams.add(latin.toString());
            latin.setLength(0);
        }
    }

    private static void flushHan(List<Integer> han, Set<String> grams) {
        if (han.size() == 1) {
            grams.add(new String(Character.toChars(han.get(0))));
        }
        for (int i = 0; i + 1 < han.size(); i++) {
            grams.add(new StringBuilder().appendCodePoint(han.get(i)).appendCodePoint(han.get(i + 1)).toString());
        }
        han.clear();
    }

    /** Full-width letters and digits become ordinary ones and Latin letters lower case; Chinese is left as is. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The maximal runs of letters and digits (Chinese characters are letters). */
    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                run.appendCodePoint(cp);
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        });
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }
}
