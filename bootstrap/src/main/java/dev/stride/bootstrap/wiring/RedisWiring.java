package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.cache.RedisGateway;
import dev.stride.adapter.out.cache.RedisReadiness;
import dev.stride.adapter.out.cache.RedisWarmUp;
import dev.stride.bootstrap.StrideConfig.CacheStoreKind;
import dev.stride.bootstrap.StrideConfig.RateStoreKind;
import dev.stride.bootstrap.StrideConfig.SessionStoreKind;
import dev.stride.bootstrap.StrideConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.vertx.mutiny.redis.client.Redis;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;

/**
 * Redis, where the configuration puts anything there. The client is always configured but looked up only where a
 * store is {@code redis}, so the embedded default never connects. (Quarkus's own Redis health check is off: it would
 * check the unused client too.)
 */
@Singleton
public class RedisWiring {

    /** The sessions' and broadcast's gateway, bounded by {@code stride.redis.timeout}. */
    @Produces
    @Singleton
    RedisGateway redisGateway(StrideConfig config, Instance<Redis> redis) {
        return new RedisGateway(redis.get(), config.redis().timeout(), config.redis().keyPrefix());
    }

    /** Where anything lives in Redis: connect early, and report Redis's state in readiness (never DOWN). */
    void atStart(@Observes StartupEvent started, StrideConfig config, @Readiness HealthRegistry readiness,
            Instance<Redis> redis, Instance<RedisGateway> gateway, MeterRegistry registry) {
        if (config.sessions().store() == SessionStoreKind.REDIS || config.cache().store() == CacheStoreKind.REDIS
                || config.rateLimit().store() == RateStoreKind.REDIS) {
            RedisWarmUp.connect(redis.get());
            readiness.register(RedisReadiness.NAME, new RedisReadiness(gateway.get(), registry));
        }
    }
}
