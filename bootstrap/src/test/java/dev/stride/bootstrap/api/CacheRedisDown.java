package dev.stride.bootstrap.api;

import dev.stride.testing.servers.TestServers;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The two Redis roles on two servers, as production runs them: sessions and rate counters on the tests' Redis
 * (client {@code sessions}), the cache on a server that is down.
 */
public class CacheRedisDown implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.redis.hosts", "redis://127.0.0.1:1",
                "quarkus.redis.sessions.hosts", "redis://127.0.0.1:" + TestServers.redisPort(),
                "stride.cache.store", "redis",
                "stride.sessions.store", "redis",
                "stride.rate-limit.enabled", "true",
                "stride.rate-limit.store", "redis",
                "stride.redis.key-prefix", "stride-test-" + UUID.randomUUID() + ":");
    }
}
