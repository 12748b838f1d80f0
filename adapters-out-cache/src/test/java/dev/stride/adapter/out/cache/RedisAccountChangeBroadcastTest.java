package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.AccountChangeBroadcast;
import dev.stride.domain.user.UserId;
import dev.stride.testing.Eventually;
import dev.stride.testing.contract.AccountChangeBroadcastContract;
import dev.stride.testing.servers.TestServers;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas' broadcasts, each with its own Redis client, on the real Redis (TestServers). */
class RedisAccountChangeBroadcastTest extends AccountChangeBroadcastContract {

    private Vertx vertx;
    private Redis firstClient;
    private Redis secondClient;
    private RedisAccountChangeBroadcast first;
    private RedisAccountChangeBroadcast second;

    @BeforeEach
    void connect() {
        String prefix = "stride-contract:" + UUID.randomUUID() + ":";
        vertx = Vertx.vertx();
        firstClient = Redis.createClient(vertx, new RedisOptions().setConnectionString(TestServers.redisUrl()));
        secondClient = Redis.createClient(vertx, new RedisOptions().setConnectionString(TestServers.redisUrl()));
        first = new RedisAccountChangeBroadcast(firstClient,
                new RedisGateway(firstClient, Duration.ofSeconds(2), prefix));
        second = new RedisAccountChangeBroadcast(secondClient,
                new RedisGateway(secondClient, Duration.ofSeconds(2), prefix));
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
        firstClient.close();
        secondClient.close();
        vertx.closeAndAwait();
    }

    @Override
    protected AccountChangeBroadcast broadcast() {
        return first;
    }

    @Override
    protected AccountChangeBroadcast replica() {
        return second;
    }

    @Test
    void aLostSubscriptionComesBackAndAsksForAResync() throws Exception {
        List<UserId> received = new CopyOnWriteArrayList<>();
        AtomicInteger resyncs = new AtomicInteger();
        second.listen(received::add, resyncs::incrementAndGet);
        UserId before = UserId.newId();
        first.announce(before);
        await(() -> received.contains(before));

        // Redis drops every subscriber's connection, as a restart would.
        new RedisGateway(firstClient, Duration.ofSeconds(2), "")
                .send(Request.cmd(Command.CLIENT).arg("KILL").arg("TYPE").arg("pubsub"));

        await(() -> resyncs.get() >= 1);
        UserId after = UserId.newId();
        // Announced again until heard: the subscription may still be coming back.
        Eventually.holds(Duration.ofSeconds(10), Duration.ofMillis(100), () -> {
            first.announce(after);
            return received.contains(after);
        });
        assertThat(received).contains(after);
    }

    @Test
    void anUnreachableRedisNeitherThrowsNorBlocksAnnouncements() {
        Redis nowhere = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:1"));
        try {
            RedisAccountChangeBroadcast down = new RedisAccountChangeBroadcast(nowhere,
                    new RedisGateway(nowhere, Duration.ofMillis(200), "x:"));
            down.listen(user -> { }, () -> { });
            down.announce(UserId.newId());
            down.close();
        } finally {
            nowhere.close();
        }
    }

    private static void await(Eventually.Condition condition) throws Exception {
        assertThat(Eventually.holds(Duration.ofSeconds(10), Duration.ofMillis(20), condition)).isTrue();
    }
}
