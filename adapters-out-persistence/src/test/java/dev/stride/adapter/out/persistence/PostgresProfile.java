package dev.stride.adapter.out.persistence;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs a test class against the real PostgreSQL server (the {@code %pg} properties). */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "pg";
    }
}
