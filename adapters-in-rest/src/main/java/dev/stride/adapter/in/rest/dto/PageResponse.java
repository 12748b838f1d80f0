package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.paging.Page;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.function.Function;

/** Every list answer of the API: {@code {items, page, limit, total, totalPages, hasNext}}. */
@RegisterForReflection
public record PageResponse<T>(List<T> items, int page, int limit, long total, long totalPages, boolean hasNext) {

    public static <D, T> PageResponse<T> from(Page<D> page, Function<? super D, ? extends T> toResponse) {
        Page<T> mapped = page.map(toResponse);
        return new PageResponse<>(mapped.items(), mapped.page(), mapped.limit(), mapped.total(),
                mapped.totalPages(), mapped.hasNext());
    }
}
