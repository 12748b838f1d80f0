package dev.stride.adapter.out.memory;

import dev.stride.adapter.out.memory.InMemoryResultCache;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.Page;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.Summary;
import java.util.List;

/**
 * The in-memory stores, one per cached type: the embedded mode's caches, or a replica's near copies. Single
 * activities are small and read the most, so their store has a bound of its own.
 */
public final class MemoryCaches {

    public final InMemoryResultCache<Activity> activity;
    public final InMemoryResultCache<Page<Activity>> lists;
    public final InMemoryResultCache<Statistics> statistics;
    public final InMemoryResultCache<Summary> summaries;

    public MemoryCaches(TimeSource time, int maxEntries) {
        this(time, maxEntries, maxEntries);
    }

    public MemoryCaches(TimeSource time, int maxActivities, int maxEntries) {
        activity = new InMemoryResultCache<>(time, maxActivities);
        lists = new InMemoryResultCache<>(time, maxEntries);
        statistics = new InMemoryResultCache<>(time, maxEntries);
        summaries = new InMemoryResultCache<>(time, maxEntries);
    }

    /** Drops every expired entry; answers how many. */
    public int removeExpired() {
        return List.of(activity, lists, statistics, summaries).stream()
                .mapToInt(InMemoryResultCache::removeExpired).sum();
    }
}
