package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.RateCounter;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.WindowUsage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * The shared (Redis) counter behind the {@link RateLimitBreaker}, with this process's memory as the stand-in: when a
 * call fails or the breaker is open, the hit is counted in memory, so limits keep holding per replica and no request
 * fails because of the limiter. The switch each way is logged once; every failed call is counted
 * ({@code ratelimit_store_errors_total{reason}}) and {@code ratelimit_fallback_active} is 1 while in memory.
 */
public class GuardedRateCounter implements RateCounter {

    private static final Logger LOG = Logger.getLogger(GuardedRateCounter.class);

    private final RateCounter shared;
    private final RateCounter local;
    private final RateLimitBreaker breaker;
    private final MeterRegistry registry;
    private final AtomicBoolean inMemory = new AtomicBoolean();

    public GuardedRateCounter(RateCounter shared, RateCounter local, RateLimitBreaker breaker,
            MeterRegistry registry) {
        this.shared = shared;
        this.local = local;
        this.breaker = breaker;
        this.registry = registry;
        registry.gauge("ratelimit.fallback.active", inMemory, flag -> flag.get() ? 1 : 0);
    }

    @Override
    public Admission admit(List<Quota> quotas, Instant now) {
        return guarded(() -> shared.admit(quotas, now), () -> local.admit(quotas, now));
    }

    @Override
    public List<WindowUsage> usage(List<Quota> quotas, Instant now) {
        return guarded(() -> shared.usage(quotas, now), () -> local.usage(quotas, now));
    }

    private <T> T guarded(Supplier<T> sharedCall, Supplier<T> localCall) {
        T answer;
        try {
            answer = breaker.call(sharedCall);
        } catch (CircuitBreakerOpenException open) {
            registry.counter("ratelimit.store.errors", "reason", "circuit_open").increment();
            switchToMemory(open);
            return localCall.get();
        } catch (RuntimeException failure) {
            registry.counter("ratelimit.store.errors", "reason", "failed").increment();
            switchToMemory(failure);
            return localCall.get();
        }
        if (inMemory.compareAndSet(true, false)) {
            LOG.info("Redis answers again: rate limits are shared by every replica again");
        }
        return answer;
    }

    private void switchToMemory(RuntimeException cause) {
        if (inMemory.compareAndSet(false, true)) {
            LOG.warnf("Redis is unavailable (%s): rate limits are counted in memory, per replica, until it is back",
                    RootCause.of(cause));
        }
    }
}
