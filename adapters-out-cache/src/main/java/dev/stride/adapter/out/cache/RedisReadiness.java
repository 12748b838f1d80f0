package dev.stride.adapter.out.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether Redis answers a ping (bounded by the gateway's timeout, without blocking the event loop), reported in
 * readiness's details and as {@code dependency_up{dependency="redis"}}, but never as DOWN: Redis is shared by every
 * replica, so a readiness that followed it would take the whole fleet out of the load balancer at once, while the
 * service degrades fine without it (the cache and the limiter fall back; refreshes answer 503 by themselves).
 */
public final class RedisReadiness implements AsyncHealthCheck {

    public static final String NAME = "Redis";

    private final RedisGateway redis;
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    public RedisReadiness(RedisGateway redis, MeterRegistry registry) {
        this.redis = redis;
        registry.gauge("dependency.up", Tags.of("dependency", "redis"), reachable, up -> up.get() ? 1 : 0);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return redis.ping().map(up -> {
            reachable.set(up);
            return HealthCheckResponse.named(NAME).up().withData("reachable", up).build();
        });
    }
}
