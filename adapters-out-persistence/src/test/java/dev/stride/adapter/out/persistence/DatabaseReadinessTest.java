package dev.stride.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The database down is reported in readiness's details and the gauge, and readiness stays UP. */
class DatabaseReadinessTest {

    @Test
    void anUnreachableDatabaseIsReportedNotFollowed() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DatabaseReadiness readiness = new DatabaseReadiness(new Unreachable(), registry);

        HealthCheckResponse response = readiness.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("reachable", false));
        assertThat(registry.get("dependency.up").tag("dependency", "database").gauge().value()).isZero();
    }

    /** A pool whose database is down: every connection attempt fails, as Agroal's does. */
    private static final class Unreachable implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLTransientConnectionException("Connection refused");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
