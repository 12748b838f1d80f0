package dev.stride.testing.servers;

import dev.stride.testing.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the tests find PostgreSQL and Redis: always on 127.0.0.1, at the ports {@code stride-test.postgres-port}
 * (5432) and {@code stride-test.redis-port} (6379). A module names the servers its tests need in
 * {@code stride-test.servers} ("postgres,redis"); before its first test, each one that does not answer at its
 * address is started there from the test classpath (embedded PostgreSQL binaries, an embedded Redis), and stopped
 * when the tests end. So the test command needs nothing but a JDK, and uses the real servers where they run.
 */
public final class TestServers {

    static final String HOST = "127.0.0.1";

    private static final List<AutoCloseable> STARTED = new ArrayList<>();

    private TestServers() {
    }

    public static int postgresPort() {
        return Integer.getInteger("stride-test.postgres-port", 5432);
    }

    public static int redisPort() {
        return Integer.getInteger("stride-test.redis-port", 6379);
    }

    /** The JDBC URL of the tests' database {@code test}, with {@code schema} as the current schema. */
    public static String postgresUrl(String schema) {
        return "jdbc:postgresql://" + HOST + ":" + postgresPort() + "/test?currentSchema=" + schema;
    }

    public static String redisUrl() {
        return "redis://" + HOST + ":" + redisPort();
    }

    /** Starts what {@code stride-test.servers} names and does not answer yet; idempotent. */
    static synchronized void ensureStarted() {
        Set<String> needed = Arrays.stream(System.getProperty("stride-test.servers", "").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        for (String name : needed) {
            switch (name) {
                case "postgres" -> {
                    if (!answers(postgresPort())) {
                        STARTED.add(EmbeddedPostgresServer.start(postgresPort()));
                    }
                }
                case "redis" -> {
                    if (!answers(redisPort())) {
                        STARTED.add(EmbeddedRedisServer.start(redisPort()));
                    }
                }
                default -> throw new IllegalArgumentException("stride-test.servers: unknown server " + name);
            }
        }
    }

    static synchronized void stopStarted() {
        for (AutoCloseable server : STARTED) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("[test servers] could not stop " + server + ": " + e);
            }
        }
        STARTED.clear();
    }

    static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void awaitAnswer(int port, String what) {
        boolean answered;
        try {
            answered = Eventually.holds(Duration.ofSeconds(30), Duration.ofMillis(100), () -> answers(port));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (!answered) {
            throw new UncheckedIOException(new IOException(what + " did not answer on " + HOST + ":" + port));
        }
    }
}
