package dev.stride.adapter.out.cache;

import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Opens the first Redis connections at start. A connection's set-up (TCP, handshake) takes longer than the short
 * timeouts of the limiter and the cache allow a call; without this, the first requests after a start would count
 * in memory and miss the cache.
 */
public final class RedisWarmUp {

    private static final Logger LOG = Logger.getLogger(RedisWarmUp.class);
    private static final Duration WAIT = Duration.ofSeconds(3);

    private RedisWarmUp() {
    }

    public static void connect(Redis redis) {
        try {
            redis.send(Request.cmd(Command.PING)).await().atMost(WAIT);
        } catch (RuntimeException e) {
            // Not fatal: every Redis use degrades by itself, and readiness reports it.
            LOG.warnf("Redis did not answer at start (%s); continuing without it until it does", e.toString());
        }
    }
}
