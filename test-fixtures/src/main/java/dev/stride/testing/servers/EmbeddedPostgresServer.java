package dev.stride.testing.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A PostgreSQL of the tests' own, from the binaries on the test classpath, with the database {@code test}. */
final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(int port) {
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL itself refuses to run as root (initdb and postgres check), so say why instead of
            // failing with initdb's output.
            throw new IllegalStateException("PostgreSQL does not answer on " + TestServers.HOST + ":" + port
                    + " and an embedded one cannot start as root: start a PostgreSQL there (trust authentication,"
                    + " database test) or run the tests as an ordinary user");
        }
        System.err.println("[test servers] no PostgreSQL on " + TestServers.HOST + ":" + port
                + ": starting an embedded one there");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", TestServers.HOST)
                    .setServerConfig("fsync", "off")
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE test");
            }
            TestServers.awaitAnswer(port, "the embedded PostgreSQL");
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL on port " + port, e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database test in the embedded PostgreSQL", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL on port " + postgres.getPort();
    }
}
