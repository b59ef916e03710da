package org.partnerhub.domain.search;

/**
 * The kinds of record the search index holds. The code is what the index tables store: never reuse or renumber one.
 */
public enum SearchKind {
    NEED(1),
    PARTNER(2),
    /** Supply items: reserved for the supply context, which indexes its items as needs and partners do. */
    SUPPLY(3);

    private final int code;

    SearchKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static SearchKind of(int code) {
        for (SearchKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no search kind " + code);
    }
}
