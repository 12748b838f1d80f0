package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.SessionStore;
import dev.stride.application.port.out.SessionStoreUnavailableException;
import dev.stride.domain.user.UserId;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Sessions in Redis, shared by every replica and kept across restarts of the service. Every key expires with the
 * tokens it describes (see {@link SessionScripts} for the layout), so nothing lingers.
 */
public class RedisSessionStore implements SessionStore {

    private final RedisGateway redis;

    public RedisSessionStore(RedisGateway redis) {
        this.redis = redis;
    }

    @Override
    public void open(String sessionId, UserId user, String tokenHash, Duration lifetime, int maxSessions) {
        call(() -> redis.eval(SessionScripts.OPEN, redis.keyPrefix(), sessionId, user.toString(), tokenHash,
                millis(lifetime), Integer.toString(maxSessions)));
    }

    @Override
    public Rotation rotate(String presentedHash, String nextHash, Duration lifetime, Duration grace) {
        Response answer = call(() -> redis.eval(SessionScripts.ROTATE, redis.keyPrefix(), presentedHash, nextHash,
                millis(lifetime), Long.toString(grace.toMillis())));
        String outcome = answer.get(0).toString();
        return switch (outcome) {
            case "rotated" -> Rotation.rotated(userOf(answer));
            case "reused" -> Rotation.reused(userOf(answer));
            default -> Rotation.unknown();
        };
    }

    @Override
    public boolean revoke(String tokenHash) {
        return call(() -> redis.eval(SessionScripts.REVOKE, redis.keyPrefix(), tokenHash)).toInteger() == 1;
    }

    @Override
    public void revokeAll(UserId user) {
        call(() -> redis.eval(SessionScripts.REVOKE_ALL, redis.keyPrefix(), user.toString()));
    }

    private static UserId userOf(Response answer) {
        return UserId.parse(answer.get(1).toString())
                .orElseThrow(() -> new IllegalStateException("a session in Redis names no valid user"));
    }

    /** A lifetime as PEXPIRE takes it: at least 1 ms. */
    private static String millis(Duration lifetime) {
        return Long.toString(Math.max(1, lifetime.toMillis()));
    }

    private static Response call(Supplier<Response> command) {
        try {
            return command.get();
        } catch (RedisUnavailableException e) {
            throw new SessionStoreUnavailableException(e.getCause());
        }
    }
}
