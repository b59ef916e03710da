package org.partnerhub.application.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The valid rows of one chunk by import key: a key met twice in the chunk, or already stored by an earlier upload,
 * is a duplicate (counted, not imported again); the rest are fresh, in the file's order.
 *
 * @param <C> a valid row, ready to be written
 */
public final class KeyedRows<C> {

    private final Map<String, C> byKey = new LinkedHashMap<>();
    private int duplicates;

    /** Adds a valid row; a key already added in this chunk counts as a duplicate. */
    public void add(String key, C row) {
        if (byKey.putIfAbsent(key, row) != null) {
            duplicates++;
        }
    }

    /**
     * The rows whose keys are not stored yet; {@code stored} answers which of the given keys are (one query per chunk).
     */
    public List<C> fresh(Function<Collection<String>, Set<String>> stored) {
        Set<String> existing = byKey.isEmpty() ? Set.of() : stored.apply(byKey.keySet());
        List<C> fresh = new ArrayList<>();
        byKey.forEach((key, row) -> {
            if (existing.contains(key)) {
                duplicates++;
            } else {
                fresh.add(row);
            }
        });
        return fresh;
    }

    /** The duplicates counted so far. */
    public int duplicates() {
        return duplicates;
    }
}
