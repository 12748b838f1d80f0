package dev.stride.application.port.out;

import dev.stride.domain.ratelimit.Gcra;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.QuotaState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Where the hits of rate limits are counted: one theoretical arrival time per {@link Quota#key()}, by the rule of
 * {@link Gcra}. A counter that has refilled (its arrival time is past) is forgotten by itself.
 *
 * <p>Both methods answer without blocking the caller, which may be an event loop. Their stages may fail with
 * {@link RateCounterUnavailableException} when the counter cannot be reached in time.
 */
public interface RateCounter {

    /**
     * In one atomic step for all {@code quotas}: if a hit at {@code now} conforms to every one of them, count it
     * against each. Concurrent calls, from any replica, never admit a hit that does not conform. Answers whether the
     * hit was counted, and each quota's state after.
     */
    CompletionStage<Admission> admit(List<Quota> quotas, Instant now);

    /** Each quota's state at {@code now}, counting nothing. */
    CompletionStage<List<QuotaState>> states(List<Quota> quotas, Instant now);

    /** The outcome of {@link #admit}: {@code states} in the order of the quotas. */
    record Admission(boolean admitted, List<QuotaState> states) {

        public Admission {
            Objects.requireNonNull(states, "states");
            states = List.copyOf(states);
        }
    }
}
