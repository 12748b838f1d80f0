package dev.stride.bootstrap.wiring;

import dev.stride.adapter.in.rest.ratelimit.ClientAddresses;
import dev.stride.adapter.in.rest.ratelimit.RateLimiting;
import dev.stride.adapter.out.cache.GuardedRateCounter;
import dev.stride.adapter.out.cache.RateLimitBreaker;
import dev.stride.adapter.out.cache.RedisGateway;
import dev.stride.adapter.out.cache.RedisRateCounter;
import dev.stride.adapter.out.memory.InMemoryRateCounter;
import dev.stride.adapter.out.metrics.MicrometerRateLimitEvents;
import dev.stride.application.port.in.CheckRateLimitUseCase;
import dev.stride.application.port.in.GetRateLimitsUseCase;
import dev.stride.application.port.out.RateCounter;
import dev.stride.application.port.out.RateLimitEvents;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.service.RateLimitService;
import dev.stride.bootstrap.StrideConfig;
import dev.stride.domain.ratelimit.CountedBy;
import dev.stride.domain.ratelimit.RatePolicies;
import dev.stride.domain.ratelimit.RatePolicy;
import dev.stride.domain.ratelimit.Route;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.client.RedisClientName;
import io.vertx.mutiny.redis.client.Redis;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rate limits. {@code stride.rate-limit.store} picks where hits are counted: {@code redis} in production (its own
 * gateway, bounded by the short {@code stride.rate-limit.timeout}, with this process's memory standing in while
 * Redis fails) or {@code memory} in the embedded default.
 */
public class RateLimitWiring {

    @Produces
    @Singleton
    RatePolicies ratePolicies(StrideConfig config) {
        List<RatePolicy> policies = new ArrayList<>();
        for (Map.Entry<String, StrideConfig.Policy> entry : config.rateLimit().policies().entrySet()) {
            StrideConfig.Policy policy = entry.getValue();
            policies.add(new RatePolicy(entry.getKey(), Route.parse(policy.route()),
                    CountedBy.valueOf(policy.countedBy().name()), policy.tiers(), policy.limit(), policy.window()));
        }
        // Configuration maps have no order; a stable one keeps headers and GET /me/limits predictable.
        policies.sort((a, b) -> a.name().compareTo(b.name()));
        return new RatePolicies(policies);
    }

    /** Typed so it is not a second {@link RateCounter}: it is the embedded store and Redis's stand-in. */
    @Produces
    @Singleton
    @Typed(InMemoryRateCounter.class)
    InMemoryRateCounter inMemoryRateCounter() {
        return new InMemoryRateCounter();
    }

    @Produces
    @Singleton
    RateCounter rateCounter(StrideConfig config, InMemoryRateCounter memory, MeterRegistry registry,
            @RedisClientName(RedisWiring.SESSIONS) Instance<Redis> redis) {
        StrideConfig.RateLimit rateLimit = config.rateLimit();
        return switch (rateLimit.store()) {
            case MEMORY -> memory;
            case REDIS -> new GuardedRateCounter(new RedisRateCounter(new RedisGateway(redis.get(),
                    rateLimit.timeout(), config.redis().keyPrefix())), memory,
                    new RateLimitBreaker(rateLimit.breakerDelay()), registry,
                    rateLimit.fallbackReplicas());
        };
    }

    @Produces
    @Singleton
    RateLimitEvents rateLimitEvents(MeterRegistry registry, RatePolicies policies) {
        return new MicrometerRateLimitEvents(registry, policies);
    }

    @Produces
    @Singleton
    @Typed(RateLimitService.class)
    RateLimitService rateLimitService(RatePolicies policies, RateCounter counter, TimeSource time,
            RateLimitEvents events) {
        return new RateLimitService(policies, counter, time, events);
    }

    @Produces
    @Singleton
    CheckRateLimitUseCase checkRateLimit(RateLimitService service) {
        return service;
    }

    @Produces
    @Singleton
    GetRateLimitsUseCase getRateLimits(RateLimitService service) {
        return service;
    }

    @Produces
    @Singleton
    RateLimiting rateLimiting(StrideConfig config) {
        return new RateLimiting(config.rateLimit().enabled());
    }

    @Produces
    @Singleton
    ClientAddresses clientAddresses(StrideConfig config) {
        StrideConfig.RateLimit rateLimit = config.rateLimit();
        return new ClientAddresses(rateLimit.trustedProxies().orElse(List.of()),
                ClientAddresses.ForwardingHeader.valueOf(rateLimit.forwardingHeader().name()), rateLimit.ipv6Prefix());
    }
}
