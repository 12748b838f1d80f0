package dev.stride.testing;

import java.time.Duration;

/**
 * How much of a limit has come back since a burst began: GCRA returns one hit per interval (window / limit), so a
 * test that sends a burst on a slow machine may see a hit or two more than the limit. Tests bound what they see
 * with it instead of assuming the burst took no time.
 */
public final class Refill {

    private final long started = System.nanoTime();
    private final int limit;
    private final Duration interval;

    private Refill(int limit, Duration window) {
        this.limit = limit;
        this.interval = window.dividedBy(limit);
    }

    /** Starts counting now, for a limit of {@code limit} per minute. */
    public static Refill perMinute(int limit) {
        return new Refill(limit, Duration.ofMinutes(1));
    }

    /** Hits back since the start. */
    public int hitsBack() {
        return (int) (Duration.ofNanos(System.nanoTime() - started).toNanos() / interval.toNanos());
    }

    /** The most that may remain after {@code hits} counted hits: what an instant burst leaves, plus what came back. */
    public int mostRemaining(int hits) {
        return Math.min(limit, limit - hits + hitsBack());
    }

    /** Seconds until whole again after {@code hits} counted hits at once, as X-RateLimit-Reset says it. */
    public long resetSeconds(int hits) {
        return (interval.toNanos() * hits + 999_999_999) / 1_000_000_000;
    }
}
