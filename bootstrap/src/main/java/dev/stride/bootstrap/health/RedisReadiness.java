package dev.stride.bootstrap.health;

import dev.stride.adapter.out.cache.RedisGateway;
import dev.stride.bootstrap.StrideConfig;
import dev.stride.bootstrap.StrideConfig.SessionStoreKind;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness includes Redis where Redis is used, and only there: the embedded default has no Redis and must be
 * ready without one. (Quarkus's own Redis check is off, as it would check the unused client too.) The ping is
 * bounded by {@code stride.redis.timeout} and never blocks the event loop.
 */
@ApplicationScoped
public class RedisReadiness {

    static final String NAME = "Redis";

    void register(@Observes StartupEvent started, StrideConfig config, @Readiness HealthRegistry readiness,
            Instance<RedisGateway> redis) {
        if (config.sessions().store() != SessionStoreKind.REDIS) {
            return;
        }
        RedisGateway gateway = redis.get();
        readiness.register(NAME, () -> gateway.ping()
                .map(up -> HealthCheckResponse.named(NAME).status(up).build()));
    }
}
