package dev.stride.bootstrap.wiring;

import dev.stride.application.port.in.GetStatisticsUseCase;
import dev.stride.application.port.in.GetSummaryUseCase;
import dev.stride.application.port.out.ActivityTotals;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.service.GetStatisticsService;
import dev.stride.application.service.GetSummaryService;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.caching.CachedGetStatistics;
import dev.stride.application.service.caching.CachedGetSummary;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The statistics use cases, built on the {@link ActivityTotals} adapter CDI holds (the database's aggregates), behind
 * the statistics cache when caching is on.
 */
public class StatisticsWiring {

    @Produces
    @Singleton
    GetStatisticsUseCase getStatistics(ActivityTotals totals, TimeSource time, ActivityCaches caches) {
        return new CachedGetStatistics(new GetStatisticsService(totals, time), caches, time);
    }

    @Produces
    @Singleton
    GetSummaryUseCase getSummary(ActivityTotals totals, TimeSource time, ActivityCaches caches) {
        return new CachedGetSummary(new GetSummaryService(totals, time), caches, time);
    }
}
