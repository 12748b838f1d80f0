package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The embedded default's cache: in memory, with a Redis address where nothing listens. */
public class EmbeddedCache implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "stride.cache.store", "memory",
                "stride.sessions.store", "memory",
                "quarkus.redis.hosts", "redis://127.0.0.1:1");
    }
}
