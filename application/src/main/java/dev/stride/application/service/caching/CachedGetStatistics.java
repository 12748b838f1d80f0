package dev.stride.application.service.caching;

import static dev.stride.application.service.caching.CachedListActivities.text;

import dev.stride.application.port.in.GetStatisticsUseCase;
import dev.stride.application.port.in.StatisticsQuery;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsRange;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Statistics cached per query, keyed by the range the query resolves to today (defaults depend on the date):
 * {@code stats:{owner}:v{version}:{period}:{weekStart}:{from}:{to}:{type}:{tag}}. An answer computed for another
 * range (the date changed during the load) is served but not cached.
 */
public class CachedGetStatistics implements GetStatisticsUseCase {

    private final GetStatisticsUseCase source;
    private final ActivityCaches caches;
    private final TimeSource time;

    public CachedGetStatistics(GetStatisticsUseCase source, ActivityCaches caches, TimeSource time) {
        this.source = source;
        this.caches = caches;
        this.time = time;
    }

    @Override
    public Statistics statistics(StatisticsQuery query) {
        StatsRange range = query.rangeOn(time.todayUtc());
        return caches.read(caches.statistics, query.owner(), keyOf(query, range), cached -> cached.range().equals(range),
                () -> Optional.of(source.statistics(query)), loaded -> loaded.range().equals(range)).orElseThrow();
    }

    @Override
    public Optional<Statistics> atHand(StatisticsQuery query) {
        StatsRange range = query.rangeOn(time.todayUtc());
        return caches.atHand(caches.statistics, query.owner(), keyOf(query, range),
                cached -> cached.range().equals(range));
    }

    private static LongFunction<String> keyOf(StatisticsQuery query, StatsRange range) {
        return version -> String.join(":", "stats", query.owner().toString(), "v" + version, range.period().name(),
                range.weekStart().name(), range.from().toString(), range.to().toString(), text(query.type()),
                text(query.tag()));
    }
}
