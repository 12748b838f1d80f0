package dev.stride.bootstrap.api;

import dev.stride.testing.servers.TestServers;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The tests' PostgreSQL behind a relay that tests can stop and start ({@link ServerProxy}): the database goes away
 * and comes back. The breaker tries the database again after one second instead of five.
 */
public class DatabaseBehindFlakyProxy implements QuarkusTestProfile {

    static final ServerProxy PROXY = ServerProxy.startOnFreePort(TestServers::postgresPort);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + PROXY.port()
                        + "/test?currentSchema=stride_test",
                "quarkus.datasource.jdbc.acquisition-timeout", "PT1S",
                "dev.stride.adapter.out.persistence.DatabaseGuard/repeatable/CircuitBreaker/delay", "1000");
    }
}
