package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The fuzz suite's service: rate limits on (so the limiter reads every hostile header too) but far above what the
 * suite sends, counted in Redis under a key prefix of its own; the test client is a trusted proxy, so generated
 * forwarding headers are parsed, not ignored.
 */
public class Fuzzed implements QuarkusTestProfile {

    private static final String HIGH = "1000000000";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("stride.rate-limit.enabled", "true"),
                Map.entry("stride.rate-limit.store", "redis"),
                Map.entry("stride.rate-limit.trusted-proxies", "127.0.0.1,::1"),
                Map.entry("stride.rate-limit.policies.caller.tiers.anonymous", HIGH),
                Map.entry("stride.rate-limit.policies.caller.tiers.free", HIGH),
                Map.entry("stride.rate-limit.policies.caller.tiers.premium", HIGH),
                Map.entry("stride.rate-limit.policies.caller.tiers.admin", HIGH),
                Map.entry("stride.rate-limit.policies.login-address.limit", HIGH),
                Map.entry("stride.rate-limit.policies.login-email.limit", HIGH),
                Map.entry("stride.rate-limit.policies.activities-create.tiers.free", HIGH),
                Map.entry("stride.rate-limit.policies.activities-list.tiers.free", HIGH),
                Map.entry("stride.redis.key-prefix", "stride-fuzz-" + UUID.randomUUID() + ":"));
    }
}
