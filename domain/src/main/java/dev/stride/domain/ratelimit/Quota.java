package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * What one policy allows one subject: {@code limit} hits per {@code window}, as a rate with a burst (see
 * {@link Gcra}): up to {@code limit} at once, then one more every {@link #intervalMicros() window / limit}. The
 * {@code subject} says who is counted (a user, a client address, a login email's digest); {@link #key()} names the
 * counter shared by every replica.
 */
public record Quota(String policy, String subject, int limit, Duration window) {

    public Quota {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("a quota's limit must be at least 1, was " + limit);
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("a quota's window must be at least a millisecond, was " + window);
        }
    }

    /** The window in whole seconds, rounded up. */
    public long windowSeconds() {
        return Math.max(1, (window.toMillis() + 999) / 1000);
    }

    /**
     * GCRA's emission interval: how often one hit comes back, the window shared out by the limit, in whole
     * microseconds rounded down (so a full burst of {@code limit} always fits in the window).
     */
    public long intervalMicros() {
        return Math.max(1, window.toNanos() / 1000 / limit);
    }

    /** GCRA's burst tolerance: how far ahead of now the theoretical arrival time may be for one more hit. */
    public long toleranceMicros() {
        return (limit - 1) * intervalMicros();
    }

    /** The counter's name: policy and subject. */
    public String key() {
        return policy + ":" + subject;
    }
}
