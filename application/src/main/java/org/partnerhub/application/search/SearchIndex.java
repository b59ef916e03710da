package org.partnerhub.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.search.SearchEntry;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.shared.ChineseText;

/**
 * Writes the search index, in the caller's transaction: a record's entry is saved with the record, or not at all.
 * Only the pairs that changed are written (an edit of a description touches a handful of rows, not a hundred).
 */
@ApplicationScoped
public class SearchIndex {

    /** Rows per multi-row INSERT: well under any server's packet and placeholder limits. */
    static final int ROWS_PER_INSERT = 500;

    /** Documents per multi-row INSERT of {@link #putNew}: a body is at most a few kilobytes. */
    static final int DOCS_PER_INSERT = 100;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    /**
     * Saves the entry of a record (new or changed). The pairs it had are those of the text it had (the stored text is
     * already in the indexed form), so no second index on the postings is needed to find them.
     */
    public void put(SearchEntry entry) {
        int kind = entry.kind().code();
        Set<String> old = storedPairs(kind, entry.recordId());
        em.createNativeQuery("INSERT INTO search_doc (kind, record_id, title, body) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE title = VALUES(title), body = VALUES(body)")
                .setParameter(1, kind)
                .setParameter(2, entry.recordId())
                .setParameter(3, entry.title())
                .setParameter(4, entry.body())
                .executeUpdate();
        deletePairs(kind, entry.recordId(), old.stream().filter(p -> !entry.pairs().contains(p)).toList());
        insertPairs(kind, entry.recordId(), entry.pairs().stream().filter(p -> !old.contains(p)).toList());
    }

    /**
     * Saves the entries of records that have none yet (a bulk import), in a few multi-row statements rather than three
     * per record. An entry that exists already is overwritten; pairs it no longer has would stay behind, which costs
     * only a wasted candidate (the exact check drops it), so call {@link #put} for records that may have been indexed.
     */
    public void putNew(List<SearchEntry> entries) {
        for (int from = 0; from < entries.size(); from += DOCS_PER_INSERT) {
            List<SearchEntry> chunk = entries.subList(from, Math.min(entries.size(), from + DOCS_PER_INSERT));
            Query insert = em.createNativeQuery("INSERT INTO search_doc (kind, record_id, title, body) VALUES "
                    + "(?, ?, ?, ?),".repeat(chunk.size() - 1) + "(?, ?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE title = VALUES(title), body = VALUES(body)");
            int p = 1;
            for (SearchEntry entry : chunk) {
                insert.setParameter(p++, entry.kind().code()).setParameter(p++, entry.recordId())
                        .setParameter(p++, entry.title()).setParameter(p++, entry.body());
            }
            insert.executeUpdate();
        }
        List<Object[]> rows = new ArrayList<>();
        for (SearchEntry entry : entries) {
            for (String pair : entry.pairs()) {
                rows.add(new Object[] {entry.kind().code(), pair, entry.recordId()});
            }
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            Query insert = em.createNativeQuery("INSERT IGNORE INTO search_gram (kind, gram, record_id) VALUES "
                    + "(?, ?, ?),".repeat(chunk.size() - 1) + "(?, ?, ?)");
            int p = 1;
            for (Object[] row : chunk) {
                insert.setParameter(p++, row[0]).setParameter(p++, row[1]).setParameter(p++, row[2]);
            }
            insert.executeUpdate();
        }
    }

    /** Removes a record's entry (a record deleted for good). */
    public void remove(SearchKind kind, long recordId) {
        deletePairs(kind.code(), recordId, List.copyOf(storedPairs(kind.code(), recordId)));
        em.createNativeQuery("DELETE FROM search_doc WHERE kind = ? AND record_id = ?")
                .setParameter(1, kind.code()).setParameter(2, recordId).executeUpdate();
    }

    private Set<String> storedPairs(int kind, long recordId) {
        List<?> rows = em.createNativeQuery("SELECT title, body FROM search_doc WHERE kind = ? AND record_id = ?")
                .setParameter(1, kind).setParameter(2, recordId).getResultList();
        if (rows.isEmpty()) {
            return Set.of();
        }
        Object[] doc = (Object[]) rows.get(0);
        return ChineseText.indexPairs(doc[0] + "\n" + doc[1]);
    }

    private void deletePairs(int kind, long recordId, List<String> gone) {
        for (int from = 0; from < gone.size(); from += ROWS_PER_INSERT) {
            List<String> chunk = gone.subList(from, Math.min(gone.size(), from + ROWS_PER_INSERT));
            Query delete = em.createNativeQuery("DELETE FROM search_gram WHERE kind = ? AND record_id = ? AND gram IN ("
                    + "?,".repeat(chunk.size() - 1) + "?)");
            delete.setParameter(1, kind).setParameter(2, recordId);
            for (int i = 0; i < chunk.size(); i++) {
                delete.setParameter(3 + i, chunk.get(i));
            }
            delete.executeUpdate();
        }
    }

    /**
     * Up to {@code limit} ids above {@code afterId} of the rows of {@code table} (a table with an {@code id} key, named
     * by code, never by input) that have no entry of {@code kind}, lowest first: for {@link SearchSource}s.
     */
    public List<Long> unindexed(SearchKind kind, String table, long afterId, int limit) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT t.id FROM " + table + " t WHERE t.id > ? AND NOT EXISTS "
                        + "(SELECT 1 FROM search_doc d WHERE d.kind = ? AND d.record_id = t.id) ORDER BY t.id LIMIT ?")
                .setParameter(1, afterId).setParameter(2, kind.code()).setParameter(3, limit).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    private void insertPairs(int kind, long recordId, List<String> pairs) {
        List<String> all = new ArrayList<>(pairs);
        for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
            Query insert = em.createNativeQuery("INSERT IGNORE INTO search_gram (kind, gram, record_id) VALUES "
                    + "(?, ?, ?),".repeat(chunk.size() - 1) + "(?, ?, ?)");
            int p = 1;
            for (String pair : chunk) {
                insert.setParameter(p++, kind).setParameter(p++, pair).setParameter(p++, recordId);
            }
            insert.executeUpdate();
        }
    }
}
