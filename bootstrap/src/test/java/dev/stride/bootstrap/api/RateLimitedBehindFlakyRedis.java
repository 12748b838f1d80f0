package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * Rate limits counted in a Redis that tests can stop and start ({@link ServerProxy}); everything else that could use
 * Redis is kept in memory, so only the limiter feels it. The breaker retries Redis after half a second.
 */
public class RateLimitedBehindFlakyRedis implements QuarkusTestProfile {

    static final ServerProxy PROXY = ServerProxy.startOnFreePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("stride.rate-limit.enabled", "true"),
                Map.entry("stride.rate-limit.store", "redis"),
                Map.entry("stride.rate-limit.timeout", "PT0.5S"),
                Map.entry("stride.rate-limit.trusted-proxies", "127.0.0.1,::1"),
                Map.entry("stride.sessions.store", "memory"),
                Map.entry("stride.cache.store", "memory"),
                Map.entry("quarkus.redis.hosts", "redis://127.0.0.1:" + PROXY.port()),
                Map.entry("stride.redis.key-prefix", "stride-test-" + UUID.randomUUID() + ":"),
                Map.entry("stride.rate-limit.breaker-delay", "PT0.5S"));
    }
}
