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
import dev.stride.bootstrap.StrideConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The statistics use cases, built on the {@link ActivityTotals} adapter CDI holds (the database's aggregates), behind
 * the statistics cache when caching is on.
 */
public class StatisticsWiring {

    @Produces
    @Singleton
    GetStatisticsUseCase getStatistics(ActivityTotals totals, TimeSource time, StrideConfig config,
            ActivityCaches caches) {
        GetStatisticsUseCase source = new GetStatisticsService(totals, time);
        return config.cache().enabled() ? new CachedGetStatistics(source, caches, time) : source;
    }

    @Produces
    @Singleton
    GetSummaryUseCase getSummary(ActivityTotals totals, TimeSource time, StrideConfig config,
            ActivityCaches caches) {
        GetSummaryUseCase source = new GetSummaryService(totals, time);
        return config.cache().enabled() ? new CachedGetSummary(source, caches, time) : source;
    }
}
