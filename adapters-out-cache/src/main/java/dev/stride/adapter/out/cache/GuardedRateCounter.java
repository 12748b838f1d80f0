package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.RateCounter;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.QuotaState;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The shared (Redis) counter behind the {@link RateLimitBreaker}, with this process's memory as the stand-in: when a
 * call fails or the breaker is open, the hit is counted in memory, so limits keep holding and no request fails
 * because of the limiter. In memory each replica admits its share of every limit, {@code limit / replicas} (at
 * least 1), and reports what remains of its share as {@code replicas} times as much: with {@code replicas} at least the number of
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
        registry.gauge("ratelimit.breaker.open", breaker, open -> open.isOpen() ? 1 : 0);
    }

    @Override
    public CompletionStage<Admission> admit(List<Quota> quotas, Instant now) {
        return guarded(() -> shared.admit(quotas, now), () -> local.admit(shares(quotas), now)
                .thenApply(admission -> new Admission(admission.admitted(), asFleetStates(quotas, admission.states()))));
    }

    @Override
    public CompletionStage<List<QuotaState>> states(List<Quota> quotas, Instant now) {
        return guarded(() -> shared.states(quotas, now),
                () -> local.states(shares(quotas), now).thenApply(states -> asFleetStates(quotas, states)));
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

    /**
     * What remains of a replica's share stands for {@code replicas} times as much of the fleet's limit (an exhausted
     * share for an exhausted limit); the waits are the share's.
     */
    private List<QuotaState> asFleetStates(List<Quota> quotas, List<QuotaState> states) {
        if (replicas == 1) {
            return states;
        }
        List<QuotaState> fleet = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            QuotaState share = states.get(i);
            Quota quota = quotas.get(i);
            fleet.add(new QuotaState(quota, (int) Math.min(quota.limit(), (long) share.remaining() * replicas),
                    share.resetAfter(), share.retryAfter()));
        }
        return fleet;
    }

    private <T> CompletionStage<T> guarded(Supplier<CompletionStage<T>> sharedCall,
            Supplier<CompletionStage<T>> localCall) {
        CompletionStage<T> answer;
        try {
            answer = breaker.call(sharedCall);
        } catch (RuntimeException failure) {
            return fallBack(failure, localCall);
        }
        return answer.thenApply(result -> {
            if (inMemory.compareAndSet(true, false)) {
                LOG.info("Redis answers again: rate limits are shared by every replica again");
            }
            return result;
        }).exceptionallyCompose(failure -> fallBack(failure, localCall));
    }

    private <T> CompletionStage<T> fallBack(Throwable failure, Supplier<CompletionStage<T>> localCall) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String reason = cause instanceof RateLimitBreakerOpenException ? "circuit_open" : "failed";
        registry.counter("ratelimit.store.errors", "reason", reason).increment();
        if (inMemory.compareAndSet(false, true)) {
            LOG.warnf("Redis is unavailable (%s): rate limits are counted in memory, per replica, until it is back",
                    RootCause.of(cause));
        }
        return localCall.get();
    }
}
