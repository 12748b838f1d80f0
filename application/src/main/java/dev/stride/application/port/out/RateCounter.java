package dev.stride.application.port.out;

import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.WindowUsage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where the hits of rate limits are counted: a sliding window log per {@link Quota#key()}. Counters forget hits
 * once they have left their window, and a counter nobody hits disappears by itself.
 *
 * <p>Both methods may throw {@link RateCounterUnavailableException} when the counter cannot be reached in time.
 */
public interface RateCounter {

    /**
     * In one atomic step for all {@code quotas}: forget the hits that have left each window, then, if every quota
     * still has room, count one hit at {@code now} against each of them. Concurrent calls never admit more hits
     * than a quota's limit within its window. Answers whether the hit was counted, and each quota's usage after.
     */
    Admission admit(List<Quota> quotas, Instant now);

    /** Each quota's usage at {@code now}, counting nothing. */
    List<WindowUsage> usage(List<Quota> quotas, Instant now);

    /** The outcome of {@link #admit}: {@code usages} in the order of the quotas. */
    record Admission(boolean admitted, List<WindowUsage> usages) {

        public Admission {
            Objects.requireNonNull(usages, "usages");
            usages = List.copyOf(usages);
        }
    }
}
