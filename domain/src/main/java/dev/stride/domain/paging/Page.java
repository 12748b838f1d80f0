package dev.stride.domain.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result, with what a client needs to find the rest. */
public record Page<T>(List<T> items, int page, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.limit(), total);
    }

    public long totalPages() {
        return total == 0 ? 0 : (total + limit - 1) / limit;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, limit, total);
    }
}
