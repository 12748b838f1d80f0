package dev.stride.application.port.in;

import dev.stride.domain.stats.Summary;

public interface GetSummaryUseCase {

    /** The last 7 days, the last 30 days and the year to date, each ending today (UTC), and all time. */
    Summary summary(SummaryQuery query);
}
