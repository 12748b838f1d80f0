package dev.stride.adapter.out.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the database answers (a pooled connection that validates within 2 s), reported in readiness's details and
 * as {@code dependency_up{dependency="database"}}, but never as DOWN: every replica shares the database, so a
 * readiness that followed it would take the whole fleet out of the load balancer at once, and clients would get
 * connection errors instead of answers. Quarkus's own datasource check, which would, is off.
 */
public final class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "Database";
    private static final int VALIDATION_SECONDS = 2;

    private final DataSource dataSource;
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    public DatabaseReadiness(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        registry.gauge("dependency.up", Tags.of("dependency", "database"), reachable, up -> up.get() ? 1 : 0);
    }

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException | RuntimeException e) {
            up = false;
        }
        reachable.set(up);
        return HealthCheckResponse.named(NAME).up().withData("reachable", up).build();
    }
}
