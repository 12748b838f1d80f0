package dev.stride.adapter.out.persistence;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The one circuit breaker in front of the database, and the retries of units that are safe to repeat.
 *
 * <p>Breaker: when at least half of the last 20 units failed because the database was unreachable, it opens; for
 * 5 seconds units fail at once (503 with Retry-After, in a millisecond rather than after a connection timeout)
 * without touching the pool; then one trial unit goes through and its success closes it. Conflicts (40001, 40P01)
 * and every other failure leave it alone: the database answered.
 *
 * <p>Retries: a unit that failed before it committed (a lost connection, a serialization failure, a deadlock) is
 * repeated up to 3 times, after 50 ms, then 100, then 200 (each with up to 25 ms of jitter), 1 second at most in
 * all, so a retried request stays well inside its deadline. Retries and breaker transitions are counted by SmallRye
 * Fault Tolerance's metrics ({@code ft_retry_retries_total}, {@code ft_circuitbreaker_state_total},
 * {@code ft_circuitbreaker_opened_total} with {@code method="...DatabaseGuard.repeatable"} or {@code ".once"}).
 * Tunable with MicroProfile Fault Tolerance configuration, e.g.
 * {@code dev.stride.adapter.out.persistence.DatabaseGuard/repeatable/CircuitBreaker/delay=5000} (milliseconds).
 */
@ApplicationScoped
public class DatabaseGuard {

    public static final String BREAKER = "stride-database";

    /** A unit whose failures before commit may be repeated. */
    @Retry(maxRetries = 3, delay = 50, delayUnit = ChronoUnit.MILLIS, jitter = 25, jitterDelayUnit = ChronoUnit.MILLIS,
            maxDuration = 1, durationUnit = ChronoUnit.SECONDS,
            retryOn = {DatabaseFailures.UnreachableBeforeCommit.class, DatabaseFailures.Conflict.class})
    @ExponentialBackoff(factor = 2, maxDelay = 500, maxDelayUnit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 1, failOn = DatabaseFailures.Unreachable.class)
    @CircuitBreakerName(BREAKER)
    public <T> T repeatable(Supplier<T> unit) {
        return unit.get();
    }
}
