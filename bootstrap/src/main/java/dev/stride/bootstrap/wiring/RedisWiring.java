package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.cache.RedisGateway;
import dev.stride.adapter.out.cache.RedisReadiness;
import dev.stride.adapter.out.cache.RedisWarmUp;
import dev.stride.bootstrap.StrideConfig.CacheStoreKind;
import dev.stride.bootstrap.StrideConfig.RateStoreKind;
import dev.stride.bootstrap.StrideConfig.SessionStoreKind;
import dev.stride.bootstrap.StrideConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.client.RedisClientName;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.vertx.mutiny.redis.client.Redis;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;

/**
 * Redis, where the configuration puts anything there, in two roles. The default client ({@code quarkus.redis.*})
 * holds the cache, which may be evicted; the client {@code sessions} ({@code quarkus.redis.sessions.*}) holds
 * refresh tokens, rate counters and the account broadcast, on a server that persists and never evicts. Both are
 * always configured but looked up only where a store is {@code redis}, so the embedded default never connects.
 * (Quarkus's own Redis health check is off: it would check unused clients too.)
 */
@Singleton
public class RedisWiring {

    /** The name of the client of what must survive a Redis restart and never be evicted. */
    public static final String SESSIONS = "sessions";

    /** The sessions' and broadcast's gateway, bounded by {@code stride.redis.timeout}. */
    @Produces
    @Singleton
    RedisGateway redisGateway(StrideConfig config, @RedisClientName(SESSIONS) Instance<Redis> sessions) {
        return new RedisGateway(sessions.get(), config.redis().timeout(), config.redis().keyPrefix());
    }

    /** Where anything lives in Redis: connect early, and report each server's state in readiness (never DOWN). */
    void atStart(@Observes StartupEvent started, StrideConfig config, @Readiness HealthRegistry readiness,
            Instance<Redis> cache, @RedisClientName(SESSIONS) Instance<Redis> sessions,
            Instance<RedisGateway> gateway, MeterRegistry registry) {
        if (config.sessions().store() == SessionStoreKind.REDIS
                || config.rateLimit().store() == RateStoreKind.REDIS) {
            RedisWarmUp.connect(sessions.get());
            register(readiness, new RedisReadiness("Redis", "redis", gateway.get(), registry));
        }
        if (config.cache().store() == CacheStoreKind.REDIS) {
            RedisWarmUp.connect(cache.get());
            register(readiness, new RedisReadiness("Redis cache", "redis-cache",
                    new RedisGateway(cache.get(), config.cache().timeout(), config.redis().keyPrefix()), registry));
        }
    }

    private static void register(HealthRegistry readiness, RedisReadiness check) {
        readiness.register(check.name(), check);
    }
}
