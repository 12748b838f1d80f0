package dev.stride.adapter.out.cache;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * One circuit breaker for every call to the cache store. When at least half of the last 100 calls failed (each
 * bounded by {@code stride.cache.timeout}), it opens: for 5 seconds calls fail at once without touching Redis, and
 * requests go straight to the database; then trial calls go through and 2 successes close it. The window is 100
 * calls because at a thousand requests a second 10 calls are a few milliseconds, and one scheduling hiccup of a busy
 * machine would open it. Tunable with MicroProfile Fault Tolerance configuration, e.g.
 * {@code dev.stride.adapter.out.cache.CacheBreaker/call/CircuitBreaker/delay=5000} (milliseconds).
 */
@ApplicationScoped
public class CacheBreaker {

    public static final String NAME = "stride-cache";

    @CircuitBreaker(requestVolumeThreshold = 100, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 2)
    @CircuitBreakerName(NAME)
    public <T> T call(Supplier<T> cacheCall) {
        return cacheCall.get();
    }
}
