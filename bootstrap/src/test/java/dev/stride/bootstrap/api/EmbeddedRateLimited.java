package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The embedded default's rate limits: API.md's policies counted in this process's memory, no Redis involved. */
public class EmbeddedRateLimited implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "stride.rate-limit.enabled", "true",
                "stride.rate-limit.store", "memory",
                "stride.sessions.store", "memory",
                "stride.rate-limit.trusted-proxies", "127.0.0.1,::1");
    }
}
