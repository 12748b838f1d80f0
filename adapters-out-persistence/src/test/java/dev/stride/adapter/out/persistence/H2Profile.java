package dev.stride.adapter.out.persistence;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs a test class against H2 in file mode (the {@code %h2} properties). */
public class H2Profile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "h2";
    }
}
