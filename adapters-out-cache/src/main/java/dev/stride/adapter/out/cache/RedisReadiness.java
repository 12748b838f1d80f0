package dev.stride.adapter.out.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether Redis answers a ping (bounded by the gateway's timeout, without blocking the event loop), reported in
 * readiness's details and as {@code dependency_up{dependency="redis"}} (the sessions' server) or {@code "redis-cache"},
 * but never as DOWN: Redis is shared by every
 * replica, so a readiness that followed it would take the whole fleet out of the load balancer at once, while the
 * service degrades fine without it (the cache and the limiter fall back; refreshes answer 503 by themselves).
 */
public final class RedisReadiness implements AsyncHealthCheck {

    private final String name;
    private final RedisGateway redis;
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    /**
     * @param name the check's name in readiness's details
     * @param dependency the {@code dependency} tag of its gauge
     */
    public RedisReadiness(String name, String dependency, RedisGateway redis, MeterRegistry registry) {
        this.name = name;
        this.redis = redis;
        registry.gauge("dependency.up", Tags.of("dependency", dependency), reachable, up -> up.get() ? 1 : 0);
    }

    public String name() {
        return name;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return redis.ping().map(up -> {
            reachable.set(up);
            return HealthCheckResponse.named(name).up().withData("reachable", up).build();
        });
    }
}
