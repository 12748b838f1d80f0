package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a caller stands against one quota ({@link Gcra#state}): how many hits it may make right now, when the
 * whole quota is available again ({@code resetAfter}) and, when nothing is left, how long until the next hit is
 * allowed ({@code retryAfter}; zero while hits are left).
 */
public record QuotaState(Quota quota, int remaining, Duration resetAfter, Duration retryAfter) {

    public QuotaState {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(resetAfter, "resetAfter");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public boolean exhausted() {
        return remaining == 0;
    }

    /** {@code resetAfter} in whole seconds, rounded up: a client that waits this long is never early. */
    public long resetSeconds() {
        return ceilSeconds(resetAfter);
    }

    /** {@code retryAfter} in whole seconds, rounded up, and at least 1 when exhausted. */
    public long retryAfterSeconds() {
        return exhausted() ? Math.max(1, ceilSeconds(retryAfter)) : 0;
    }

    static long ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}
