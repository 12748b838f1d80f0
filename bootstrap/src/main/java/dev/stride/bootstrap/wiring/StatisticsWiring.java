package dev.stride.bootstrap.wiring;

import dev.stride.application.port.in.GetStatisticsUseCase;
import dev.stride.application.port.in.GetSummaryUseCase;
import dev.stride.application.port.out.ActivityTotals;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.service.GetStatisticsService;
import dev.stride.application.service.GetSummaryService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The statistics use cases, built on the {@link ActivityTotals} adapter CDI holds (the database's aggregates). */
public class StatisticsWiring {

    @Produces
    @Singleton
    GetStatisticsUseCase getStatistics(ActivityTotals totals, TimeSource time) {
        return new GetStatisticsService(totals, time);
    }

    @Produces
    @Singleton
    GetSummaryUseCase getSummary(ActivityTotals totals, TimeSource time) {
        return new GetSummaryService(totals, time);
    }
}
