package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Production's refresh grace, shortened so a test can wait it out. */
public class RefreshGrace implements QuarkusTestProfile {

    static final long GRACE_MILLIS = 1500;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("stride.sessions.refresh-grace", "PT" + GRACE_MILLIS / 1000.0 + "S");
    }
}
