package org.partnerhub.web.api;

import java.util.List;
import java.util.function.Function;
import org.partnerhub.domain.shared.Page;

/**
 * The envelope of every list: {@code { "items": [...], "page": 0, "size": 20, "total": 123 }}. A text search with more
 * hits than it reads adds {@code "totalCapped": true}: {@code total} is then "at least" (absent otherwise).
 */
public record ListResponse<T>(List<T> items, int page, int size, long total, Boolean totalCapped) {

    public ListResponse(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    public static <E, T> ListResponse<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        return new ListResponse<>(page.items().stream().<T>map(mapper).toList(), page.page(), page.size(), page.total(),
                page.totalCapped() ? Boolean.TRUE : null);
    }

    /** A complete, unpaged list (a tree's roots, for example): one page that holds everything. */
    public static <T> ListResponse<T> complete(List<T> items) {
        return new ListResponse<>(items, 0, items.size(), items.size());
    }
}
