package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * Production's rate limits (API.md's defaults, counted in the real Redis) with the test client as a trusted proxy:
 * each test names its own client address in X-Forwarded-For, so tests do not share counters. The key prefix is
 * this run's own, so counts of an earlier run cannot leak in.
 */
public class RateLimited implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "stride.rate-limit.enabled", "true",
                "stride.rate-limit.store", "redis",
                "stride.rate-limit.trusted-proxies", "127.0.0.1,::1",
                "stride.redis.key-prefix", "stride-test-" + UUID.randomUUID() + ":");
    }
}
