package org.partnerhub.domain.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the size of the whole list. A text search with very many hits reads only the first ones
 * ({@code totalCapped}): its {@code total} is then a lower bound ("at least"), and there are no pages beyond it.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total, false);
    }

    /** A page of a list of which only the first {@code total} entries were read (there may be more). */
    public static <T> Page<T> capped(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total, true);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalCapped);
    }
}
