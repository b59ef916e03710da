package org.partnerhub.domain.search;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.domain.shared.ChineseText;

/**
 * What the search index keeps of one record: its title and body in the {@link ChineseText#searchable} form and the
 * distinct character pairs of both ({@link ChineseText#indexPairs}). The parts of the body are kept on lines of their
 * own, so that no term is found across two of them.
 */
public record SearchEntry(SearchKind kind, long recordId, String title, String body, Set<String> pairs) {

    public SearchEntry {
        pairs = Set.copyOf(pairs);
    }

    public static SearchEntry of(SearchKind kind, long recordId, String title, String... bodyParts) {
        String t = ChineseText.searchable(title);
        String body = Arrays.stream(bodyParts).filter(Objects::nonNull).map(ChineseText::searchable)
                .filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
        return new SearchEntry(kind, recordId, t, body, ChineseText.indexPairs(t + "\n" + body));
    }
}
