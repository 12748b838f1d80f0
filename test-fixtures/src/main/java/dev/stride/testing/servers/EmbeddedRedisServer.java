package dev.stride.testing.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/** A Redis of the tests' own, from the binary the embedded-redis jar carries; it keeps nothing on disk. */
final class EmbeddedRedisServer implements AutoCloseable {

    private final RedisServer redis;
    private final int port;

    private EmbeddedRedisServer(RedisServer redis, int port) {
        this.redis = redis;
        this.port = port;
    }

    static EmbeddedRedisServer start(int port) {
        System.err.println("[test servers] no Redis on " + TestServers.HOST + ":" + port
                + ": starting an embedded one there");
        try {
            RedisServer redis = RedisServer.newRedisServer()
                    .port(port)
                    .bind(TestServers.HOST)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            redis.start();
            TestServers.awaitAnswer(port, "the embedded Redis");
            return new EmbeddedRedisServer(redis, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded Redis on port " + port, e);
        }
    }

    @Override
    public void close() throws IOException {
        redis.stop();
    }

    @Override
    public String toString() {
        return "embedded Redis on port " + port;
    }
}
