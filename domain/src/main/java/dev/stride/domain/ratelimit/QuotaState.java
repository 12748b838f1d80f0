package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a caller stands against one quota: how many hits are left now, when the whole quota is available again
 * ({@code resetAfter}: the newest counted hit leaves the window) and, when nothing is left, how long until the next
 * hit is allowed ({@code retryAfter}: the oldest counted hit leaves the window; zero while hits are left).
 */
public record QuotaState(Quota quota, int remaining, Duration resetAfter, Duration retryAfter) {

    public QuotaState {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(resetAfter, "resetAfter");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** The state of {@code quota} given the hits its counter holds at {@code now}. */
    public static QuotaState of(Quota quota, WindowUsage usage, Instant now) {
        int remaining = Math.max(0, quota.limit() - usage.count());
        if (usage.count() == 0) {
            return new QuotaState(quota, remaining, Duration.ZERO, Duration.ZERO);
        }
        Duration resetAfter = untilLeaves(usage.newest(), quota.window(), now);
        Duration retryAfter = remaining > 0 ? Duration.ZERO : untilLeaves(usage.oldest(), quota.window(), now);
        return new QuotaState(quota, remaining, resetAfter, retryAfter);
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

    private static Duration untilLeaves(Instant hit, Duration window, Instant now) {
        Duration left = Duration.between(now, hit.plus(window));
        return left.isNegative() ? Duration.ZERO : left;
    }

    static long ceilSeconds(Duration duration) {
        long millis = duration.toMillis();
        return (millis + 999) / 1000;
    }
}
