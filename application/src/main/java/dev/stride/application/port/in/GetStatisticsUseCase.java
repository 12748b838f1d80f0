package dev.stride.application.port.in;

import dev.stride.domain.stats.Statistics;

public interface GetStatisticsUseCase {

    /**
     * Every bucket of the query's range, empty ones included, over the caller's live activities.
     *
     * @throws dev.stride.domain.validation.ValidationException when the completed range holds too many buckets
     */
    Statistics statistics(StatisticsQuery query);
}
