package dev.stride.domain.ratelimit;

import java.time.Instant;
import java.util.Objects;

/**
 * The hits a counter holds inside its window at one moment: how many, and the oldest and newest of them (both null
 * when there are none). That is all a {@link QuotaState} needs.
 */
public record WindowUsage(int count, Instant oldest, Instant newest) {

    public static final WindowUsage EMPTY = new WindowUsage(0, null, null);

    public WindowUsage {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (count > 0) {
            Objects.requireNonNull(oldest, "oldest");
            Objects.requireNonNull(newest, "newest");
            if (newest.isBefore(oldest)) {
                throw new IllegalArgumentException("the newest hit cannot be older than the oldest");
            }
        }
    }
}
