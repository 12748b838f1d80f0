package dev.stride.application.service;

import dev.stride.application.port.in.GetStatisticsUseCase;
import dev.stride.application.port.in.StatisticsQuery;
import dev.stride.application.port.out.ActivityTotals;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsRange;

public class GetStatisticsService implements GetStatisticsUseCase {

    private final ActivityTotals totals;
    private final TimeSource time;

    public GetStatisticsService(ActivityTotals totals, TimeSource time) {
        this.totals = totals;
        this.time = time;
    }

    @Override
    public Statistics statistics(StatisticsQuery query) {
        StatsRange range = query.rangeOn(time.todayUtc());
        return Statistics.assemble(range, totals.perDayAndType(query.filterOver(range)));
    }
}
