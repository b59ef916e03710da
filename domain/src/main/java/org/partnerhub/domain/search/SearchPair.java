package org.partnerhub.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A posting of the search index: record {@code recordId} of {@code kind} contains the character pair {@code pair}
 * (table {@code search_gram}). Written only by the search index (native SQL); mapped for the list queries' JPQL.
 */
@Entity
@Table(name = "search_gram")
@IdClass(SearchPair.Key.class)
public class SearchPair {

    @Id
    @Column(name = "kind")
    private int kind;

    @Id
    @Column(name = "gram")
    private String pair;

    @Id
    @Column(name = "record_id")
    private long recordId;

    protected SearchPair() {}

    public int getKind() {
        return kind;
    }

    public String getPair() {
        return pair;
    }

    public long getRecordId() {
        return recordId;
    }

    /** The composite key (kind, pair, record id). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private int kind;
        private String pair;
        private long recordId;

        public Key() {}

        public Key(int kind, String pair, long recordId) {
            this.kind = kind;
            this.pair = pair;
            this.recordId = recordId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && k.recordId == recordId && Objects.equals(k.pair, pair);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, pair, recordId);
        }
    }
}
