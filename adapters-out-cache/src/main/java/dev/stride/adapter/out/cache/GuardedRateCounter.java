package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.RateCounter;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.WindowUsage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * The shared (Redis) counter behind the {@link RateLimitBreaker}, with this process's memory as the stand-in: when a
 * call fails or the breaker is open, the hit is counted in memory, so limits keep holding and no request fails
 * because of the limiter. In memory each replica admits its share of every limit, {@code limit / replicas} (at
 * least 1), and reports each of its hits as {@code replicas} hits: with {@code replicas} at least the number of
 * replicas running, the fleet together never admits more than the limit, even while Redis is away. The switch each way is logged once; every failed call is counted
 * ({@code ratelimit_store_errors_total{reason}}) and {@code ratelimit_fallback_active} is 1 while in memory.
 */
public class GuardedRateCounter implements RateCounter {

    private static final Logger LOG = Logger.getLogger(GuardedRateCounter.class);

    private final RateCounter shared;
    private final RateCounter local;
    private final RateLimitBreaker breaker;
    private final MeterRegistry registry;
    private final AtomicBoolean inMemory = new AtomicBoolean();
    private final int replicas;

    /** @param replicas how many replicas share the limits while each counts in memory: 1 or more */
    public GuardedRateCounter(RateCounter shared, RateCounter local, RateLimitBreaker breaker,
            MeterRegistry registry, int replicas) {
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be at least 1, was " + replicas);
        }
        this.shared = shared;
        this.local = local;
        this.breaker = breaker;
        this.registry = registry;
        this.replicas = replicas;
        registry.gauge("ratelimit.fallback.active", inMemory, flag -> flag.get() ? 1 : 0);
    }

    @Override
    public Admission admit(List<Quota> quotas, Instant now) {
        return guarded(() -> shared.admit(quotas, now), () -> {
            Admission admission = local.admit(shares(quotas), now);
            return new Admission(admission.admitted(), asFleetUsage(quotas, admission.usages()));
        });
    }

    @Override
    public List<WindowUsage> usage(List<Quota> quotas, Instant now) {
        return guarded(() -> shared.usage(quotas, now), () -> asFleetUsage(quotas, local.usage(shares(quotas), now)));
    }

    /** This replica's share of each quota. */
    private List<Quota> shares(List<Quota> quotas) {
        if (replicas == 1) {
            return quotas;
        }
        return quotas.stream().map(quota -> new Quota(quota.policy(), quota.subject(), shareOf(quota),
                quota.window())).toList();
    }

    private int shareOf(Quota quota) {
        return Math.max(1, quota.limit() / replicas);
    }

    /** Each hit counted here stands for {@code replicas} hits of the fleet, at most the whole limit. */
    private List<WindowUsage> asFleetUsage(List<Quota> quotas, List<WindowUsage> usages) {
        if (replicas == 1) {
            return usages;
        }
        List<WindowUsage> fleet = new ArrayList<>(usages.size());
        for (int i = 0; i < usages.size(); i++) {
            WindowUsage usage = usages.get(i);
            int limit = quotas.get(i).limit();
            int count = usage.count() >= shareOf(quotas.get(i)) ? limit : Math.min(limit, usage.count() * replicas);
            fleet.add(new WindowUsage(count, usage.oldest(), usage.newest()));
        }
        return fleet;
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
