package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.RateCounter;
import dev.stride.application.port.out.RateCounterUnavailableException;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.testing.contract.RateCounterContract;
import dev.stride.testing.servers.TestServers;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rate counter contract against the real Redis (TestServers), under a key prefix of this run's own. */
class RedisRateCounterTest extends RateCounterContract {

    private static final String PREFIX = "stride-contract:" + UUID.randomUUID() + ":";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static Vertx vertx;
    private static Redis client;
    private static RedisGateway gateway;
    private static RedisRateCounter counter;

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        client = Redis.createClient(vertx, new RedisOptions().setConnectionString(TestServers.redisUrl())
                .setMaxPoolWaiting(64));
        gateway = new RedisGateway(client, TIMEOUT, PREFIX);
        counter = new RedisRateCounter(gateway);
    }

    @AfterAll
    static void wipeAndClose() {
        gateway.send(Request.cmd(Command.KEYS).arg(PREFIX + "*"))
                .forEach(key -> gateway.send(Request.cmd(Command.DEL).arg(key.toString())));
        client.close();
        vertx.closeAndAwait();
    }

    @Override
    protected RateCounter counter() {
        return counter;
    }

    @Test
    void aCounterExpiresInRedisWhenItIsWholeAgain() {
        // 5 per 30 s: two hits come back after 12 s.
        Quota quota = quota(5, Duration.ofSeconds(30));
        admission(List.of(quota), Instant.now());
        admission(List.of(quota), Instant.now());

        long ttl = gateway.send(Request.cmd(Command.PTTL).arg(PREFIX + "gcra:" + quota.key())).toLong();

        assertThat(ttl).isBetween(11_000L, 12_000L);
    }

    @Test
    void aRefusedOrPeekingCallCreatesNoKey() {
        Quota quota = quota(1, Duration.ofSeconds(30));
        states(List.of(quota), Instant.now());

        assertThat(gateway.send(Request.cmd(Command.EXISTS).arg(PREFIX + "gcra:" + quota.key())).toInteger())
                .isZero();
    }

    @Test
    void keepsCountingWhenRedisHasForgottenTheScript() {
        Quota quota = quota(2, Duration.ofSeconds(30));
        Instant now = Instant.now();
        assertThat(admission(List.of(quota), now).admitted()).isTrue();

        gateway.send(Request.cmd(Command.SCRIPT).arg("FLUSH"));

        assertThat(admission(List.of(quota), now).admitted()).isTrue();
        assertThat(admission(List.of(quota), now).admitted()).isFalse();
    }

    @Test
    void anUnreachableRedisIsReportedAsUnavailable() {
        Redis nowhere = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:1"));
        try {
            RedisRateCounter down = new RedisRateCounter(new RedisGateway(nowhere, TIMEOUT, PREFIX));

            assertThatThrownBy(() -> down.admit(List.of(quota(1, MINUTE)), Instant.now()).toCompletableFuture().join())
                    .hasCauseInstanceOf(RateCounterUnavailableException.class);
            assertThatThrownBy(() -> down.states(List.of(quota(1, MINUTE)), Instant.now()).toCompletableFuture().join())
                    .hasCauseInstanceOf(RateCounterUnavailableException.class);
        } finally {
            nowhere.close();
        }
    }
}
