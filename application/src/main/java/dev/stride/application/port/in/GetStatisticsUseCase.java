package dev.stride.application.port.in;

import dev.stride.domain.stats.Statistics;
import java.util.Optional;

public interface GetStatisticsUseCase {

    /**
     * Every bucket of the query's range, empty ones included, over the caller's live activities.
     *
     * @throws dev.stride.domain.validation.ValidationException when the completed range holds too many buckets
     */
    Statistics statistics(StatisticsQuery query);

    /**
     * The same answer when this process can give it at once, from memory, without blocking (a cached entry whose
     * owner's version is known): so a request can be served on the thread that received it. Empty when it cannot;
     * then call {@link #statistics} on a thread that may block. Never staler than {@link #statistics}.
     */
    default Optional<Statistics> atHand(StatisticsQuery query) {
        return Optional.empty();
    }
}
