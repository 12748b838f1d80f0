package dev.stride.application.service.caching;

import dev.stride.application.port.in.ListActivitiesQuery;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.paging.Page;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/** Pages of a user's activities, cached per query: {@code activities:{owner}:v{version}:{page}:{limit}:{filters}}. */
public class CachedListActivities implements ListActivitiesUseCase {

    private final ListActivitiesUseCase source;
    private final ActivityCaches caches;

    public CachedListActivities(ListActivitiesUseCase source, ActivityCaches caches) {
        this.source = source;
        this.caches = caches;
    }

    @Override
    public Page<Activity> list(ListActivitiesQuery query) {
        return caches.read(caches.lists, query.filter().owner(), keyOf(query), cached -> true,
                () -> Optional.of(source.list(query)), loaded -> true).orElseThrow();
    }

    @Override
    public Optional<Page<Activity>> atHand(ListActivitiesQuery query) {
        return caches.atHand(caches.lists, query.filter().owner(), keyOf(query), cached -> true);
    }

    private static LongFunction<String> keyOf(ListActivitiesQuery query) {
        ActivityFilter filter = query.filter();
        return version -> String.join(":", "activities", filter.owner().toString(), "v" + version,
                Integer.toString(query.page().page()), Integer.toString(query.page().limit()), text(filter.type()),
                text(filter.tag()), text(filter.from()), text(filter.to()));
    }

    static String text(Object filterValue) {
        return Objects.toString(filterValue, "");
    }
}
