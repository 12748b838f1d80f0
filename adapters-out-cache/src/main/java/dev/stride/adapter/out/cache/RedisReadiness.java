package dev.stride.adapter.out.cache;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether Redis answers a ping, bounded by the gateway's timeout and without blocking the event loop. Registered
 * only where Redis holds the sessions: the embedded default has no Redis and must be ready without one.
 */
public final class RedisReadiness implements AsyncHealthCheck {

    public static final String NAME = "Redis";

    private final RedisGateway redis;

    public RedisReadiness(RedisGateway redis) {
        this.redis = redis;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return redis.ping().map(up -> HealthCheckResponse.named(NAME).status(up).build());
    }
}
