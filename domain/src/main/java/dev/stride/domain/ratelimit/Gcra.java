package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The generic cell rate algorithm, the rule every rate counter applies. A quota's whole state is one number, its
 * theoretical arrival time (TAT): when the caller's hits so far would have been used up had they come one per
 * {@link Quota#intervalMicros() interval}. A hit at {@code now} conforms while the TAT is at most
 * {@link Quota#toleranceMicros() tolerance} ahead of {@code now}; a conforming hit moves the TAT one interval on.
 * A caller with no TAT (or one in the past) starts from {@code now}. Times are microseconds since the epoch.
 *
 * <p>What that means for "N per window W": up to N hits at once, then one more every W/N, so in any span of length L
 * at most {@code N + L·N/W} are admitted (fewer than 2N in a window) and over a long run exactly the rate N/W. A
 * refused hit changes nothing. The state is constant per quota (a sliding window log grows with the limit), and
 * the answer to "when may I retry" is exact: when the TAT is back within the tolerance.
 */
public final class Gcra {

    private Gcra() {
    }

    /** {@code instant} in microseconds since the epoch. */
    public static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** The TAT after one more hit at {@code now}, or empty when the hit does not conform. */
    public static OptionalLong admit(Quota quota, long tat, long now) {
        long start = Math.max(tat, now);
        if (start - now > quota.toleranceMicros()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(start + quota.intervalMicros());
    }

    /** Where a caller whose TAT is {@code tat} stands at {@code now}. */
    public static QuotaState state(Quota quota, long tat, long now) {
        long backlog = Math.max(0, tat - now);
        long interval = quota.intervalMicros();
        long room = quota.toleranceMicros() + interval - backlog;
        int remaining = (int) Math.min(quota.limit(), Math.max(0, Math.floorDiv(room, interval)));
        long retry = remaining > 0 ? 0 : backlog - quota.toleranceMicros();
        return new QuotaState(quota, remaining, Duration.ofNanos(backlog * 1000), Duration.ofNanos(retry * 1000));
    }
}
