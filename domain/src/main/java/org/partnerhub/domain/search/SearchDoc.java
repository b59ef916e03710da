package org.partnerhub.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One indexed record's searchable text in the form the index compares ({@code ChineseText#searchable}): its title, and
 * the rest (description, category names, …) as the body. Written only by the search index (native SQL); mapped so
 * that list queries can join it in JPQL.
 */
@Entity
@Table(name = "search_doc")
@IdClass(SearchDoc.Key.class)
public class SearchDoc {

    @Id
    @Column(name = "kind")
    private int kind;

    @Id
    @Column(name = "record_id")
    private long recordId;

    @Column(name = "title")
    private String title;

    @Column(name = "body")
    private String body;

    protected SearchDoc() {}

    public int getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    /** The composite key (kind, record id). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private int kind;
        private long recordId;

        public Key() {}

        public Key(int kind, long recordId) {
            this.kind = kind;
            this.recordId = recordId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && k.recordId == recordId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, recordId);
        }
    }
}
