package dev.stride.adapter.out.cache;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * The circuit breaker around the limiter's Redis calls. When half of the last 100 calls failed (each bounded by
 * {@code stride.rate-limit.timeout}), it opens: for 5 seconds hits are counted in memory without trying Redis, so a
 * dead Redis adds no latency; then trial calls go through and 2 successes close it. Tunable with MicroProfile Fault
 * Tolerance configuration, e.g. {@code dev.stride.adapter.out.cache.RateLimitBreaker/call/CircuitBreaker/delay=5000}
 * (milliseconds). The call is made on the caller's thread (the request's event loop) and judged by how its stage
 * completes, so nothing waits for Redis.
 */
@ApplicationScoped
public class RateLimitBreaker {

    public static final String NAME = "stride-rate-limit";

    @CircuitBreaker(requestVolumeThreshold = 100, failureRatio = 0.5, delay = 5000, delayUnit = ChronoUnit.MILLIS,
            successThreshold = 2)
    @CircuitBreakerName(NAME)
    @AsynchronousNonBlocking
    public <T> CompletionStage<T> call(Supplier<CompletionStage<T>> redisCall) {
        return redisCall.get();
    }
}
