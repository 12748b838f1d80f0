package dev.stride.bootstrap.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Requests have one second (production: five), so a test can outwait the deadline quickly. */
public class ShortDeadline implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("stride.request-timeout", "PT1S");
    }
}
