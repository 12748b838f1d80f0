package dev.stride.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import redis.embedded.RedisServer;

/** The service against a Redis of its own that requires a password, given as operators give it. */
public class PasswordProtectedRedis implements QuarkusTestProfile {

    static final String PASSWORD = "s3cret-redis-password";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Server.class));
    }

    /** A Redis with {@code requirepass}, on a free port, for this profile only. */
    public static class Server implements QuarkusTestResourceLifecycleManager {

        /** Where it listens, for the test to knock without the password. */
        static volatile int port;

        private RedisServer redis;

        @Override
        public Map<String, String> start() {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
                socket.close();
                redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                        .setting("save \"\"").setting("appendonly no").setting("requirepass " + PASSWORD).build();
                redis.start();
                return Map.of(
                        "quarkus.redis.hosts", "redis://127.0.0.1:" + port,
                        "quarkus.redis.password", PASSWORD,
                        "stride.sessions.store", "redis");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            if (redis != null) {
                try {
                    redis.stop();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
