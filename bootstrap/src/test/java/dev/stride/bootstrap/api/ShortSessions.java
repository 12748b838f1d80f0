package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Refresh tokens that live two seconds, so that a test can wait one out. */
public class ShortSessions implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("stride.sessions.refresh-token-lifetime", "PT2S");
    }
}
