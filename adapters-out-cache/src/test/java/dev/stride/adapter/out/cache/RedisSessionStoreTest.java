package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.SessionStore;
import dev.stride.application.port.out.SessionStoreUnavailableException;
import dev.stride.domain.user.UserId;
import dev.stride.testing.contract.SessionStoreContract;
import dev.stride.testing.servers.TestServers;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The session store contract against the real Redis (TestServers), under a key prefix of this run's own, which
 * is wiped afterwards.
 */
class RedisSessionStoreTest extends SessionStoreContract {

    private static final String PREFIX = "stride-contract:" + UUID.randomUUID() + ":";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static Vertx vertx;
    private static Redis client;
    private static RedisGateway gateway;
    private static RedisSessionStore store;

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        client = Redis.createClient(vertx, new RedisOptions().setConnectionString(TestServers.redisUrl())
                .setMaxPoolSize(16).setMaxPoolWaiting(64));
        gateway = new RedisGateway(client, TIMEOUT, PREFIX);
        store = new RedisSessionStore(gateway);
    }

    @AfterAll
    static void wipeAndClose() {
        for (String key : keys()) {
            gateway.send(Request.cmd(Command.DEL).arg(key));
        }
        client.close();
        vertx.closeAndAwait();
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        gateway.send(Request.cmd(Command.KEYS).arg(PREFIX + "*")).forEach(key -> keys.add(key.toString()));
        return keys;
    }

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void elapse(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyKeyItWritesExpires() {
        UserId user = UserId.newId();
        store.open(UUID.randomUUID().toString(), user, "a".repeat(64), LIFETIME, 10);
        store.rotate("a".repeat(64), "b".repeat(64), LIFETIME, Duration.ZERO);
        store.open(UUID.randomUUID().toString(), user, "c".repeat(64), LIFETIME, 10);

        List<String> keys = keys();
        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            Response ttl = gateway.send(Request.cmd(Command.PTTL).arg(key));
            assertThat(ttl.toLong()).as("TTL of %s", key).isPositive().isLessThanOrEqualTo(LIFETIME.toMillis());
        }
    }

    @Test
    void revokingLeavesNoKeyOfTheSessionBehind() {
        UserId user = UserId.newId();
        String session = UUID.randomUUID().toString();
        store.open(session, user, "d".repeat(64), LIFETIME, 10);
        store.rotate("d".repeat(64), "e".repeat(64), LIFETIME, Duration.ZERO);

        store.revokeAll(user);

        assertThat(keys()).noneMatch(key -> key.contains(session) || key.contains(user.toString())
                || key.endsWith("d".repeat(64)) || key.endsWith("e".repeat(64)));
    }

    @Test
    void anUnreachableRedisIsReportedQuicklyAsUnavailable() {
        Redis nowhere = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:1"));
        try {
            RedisSessionStore down = new RedisSessionStore(new RedisGateway(nowhere, TIMEOUT, PREFIX));
            long started = System.nanoTime();

            assertThatThrownBy(() -> down.rotate("x", "y", LIFETIME, Duration.ZERO))
                    .isInstanceOf(SessionStoreUnavailableException.class);
            assertThatThrownBy(() -> down.open("s", UserId.newId(), "x", LIFETIME, 10))
                    .isInstanceOf(SessionStoreUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(2));
            assertThat(new RedisGateway(nowhere, TIMEOUT, PREFIX).ping().await().indefinitely()).isFalse();
        } finally {
            nowhere.close();
        }
    }

    @Test
    void answersPing() {
        assertThat(gateway.ping().await().indefinitely()).isTrue();
    }
}
