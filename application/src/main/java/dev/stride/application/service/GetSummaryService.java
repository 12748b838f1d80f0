package dev.stride.application.service;

import dev.stride.application.port.in.GetSummaryUseCase;
import dev.stride.application.port.in.SummaryQuery;
import dev.stride.application.port.out.ActivityTotals;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.stats.Summary;

public class GetSummaryService implements GetSummaryUseCase {

    private final ActivityTotals totals;
    private final TimeSource time;

    public GetSummaryService(ActivityTotals totals, TimeSource time) {
        this.totals = totals;
        this.time = time;
    }

    @Override
    public Summary summary(SummaryQuery query) {
        return Summary.of(totals.within(query.owner(), Summary.windows(time.todayUtc())));
    }
}
