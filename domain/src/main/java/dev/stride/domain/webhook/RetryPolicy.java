package dev.stride.domain.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential backoff with full jitter. After attempt {@code n} failed, the
 * next one comes after a delay drawn uniformly between zero and {@code min(maxDelay, initialDelay * multiplier^(n-1))};
 * the jitter spreads the retries of many deliveries that failed together (a receiver's outage) instead of sending
 * them back in one wave. After {@code maxAttempts} attempts the delivery has failed.
 *
 * <p>The defaults, 8 attempts, 30 s, times 4, at most 12 h, put the last attempt at most about 23 hours after the
 * first.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(30), 4, Duration.ofHours(12));

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("0 < initialDelay <= maxDelay");
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("the multiplier is at least 1");
        }
    }

    /** The longest wait after the given number of failed attempts (the jitter's upper bound). */
    public Duration ceilingAfter(int failedAttempts) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }

    /** How long to wait before the next attempt, or empty when no attempt is left. */
    public Optional<Duration> delayAfter(int failedAttempts, RandomGenerator random) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        long ceiling = ceilingAfter(failedAttempts).toMillis();
        return Optional.of(Duration.ofMillis((long) (random.nextDouble() * ceiling)));
    }
}
