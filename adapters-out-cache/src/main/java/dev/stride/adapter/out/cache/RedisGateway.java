package dev.stride.adapter.out.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import java.time.Duration;
import java.util.Objects;

/**
 * The one way the adapters of this module talk to Redis: each command bounded by {@code timeout}, each key under
 * {@code keyPrefix}. A failure of any kind (refused connection, timeout, error reply) comes out as a
 * {@link RedisUnavailableException}, which each adapter turns into its port's exception.
 */
public class RedisGateway {

    private final Redis redis;
    private final Duration timeout;
    private final String keyPrefix;

    public RedisGateway(Redis redis, Duration timeout, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** Runs a Lua script atomically: {@code EVAL script 0 args...}. Keys are derived inside from the prefix. */
    Response eval(String script, String... args) {
        Request request = Request.cmd(Command.EVAL).arg(script).arg(0);
        for (String arg : args) {
            request.arg(arg);
        }
        return send(request);
    }

    Response send(Request request) {
        try {
            return timed(redis.send(request)).await().indefinitely();
        } catch (RuntimeException e) {
            throw new RedisUnavailableException(e);
        }
    }

    /** PONG within the timeout, without blocking the caller: for health checks on the event loop. */
    public Uni<Boolean> ping() {
        return timed(redis.send(Request.cmd(Command.PING)))
                .map(response -> response != null && "PONG".equalsIgnoreCase(response.toString()))
                .onFailure().recoverWithItem(false);
    }

    private Uni<Response> timed(Uni<Response> call) {
        return call.ifNoItem().after(timeout).fail();
    }
}
