package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * What one policy allows one subject: at most {@code limit} counted hits in any span of {@code window}. The
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

    /** The counter's name: policy and subject. */
    public String key() {
        return policy + ":" + subject;
    }
}
