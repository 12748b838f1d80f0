package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.CacheUnavailableException;
import dev.stride.application.port.out.ResultCache.Versioned;
import dev.stride.application.port.out.ResultCache;
import dev.stride.domain.activity.Activity;
import dev.stride.testing.contract.ResultCacheContract;
import dev.stride.testing.servers.TestServers;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The result cache contract against the real Redis (TestServers), under a key prefix of this run's own. */
class RedisResultCacheTest extends ResultCacheContract {

    private static final String PREFIX = "stride-contract:" + UUID.randomUUID() + ":";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static Vertx vertx;
    private static Redis client;
    private static RedisGateway gateway;
    private static RedisResultCache<Activity> cache;
    private static final AtomicInteger unreadable = new AtomicInteger();

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        client = Redis.createClient(vertx, new RedisOptions().setConnectionString(TestServers.redisUrl()));
        gateway = new RedisGateway(client, TIMEOUT, PREFIX);
        cache = new RedisResultCache<>(gateway, CacheCodecs.ACTIVITY, unreadable::incrementAndGet);
    }

    @AfterAll
    static void wipeAndClose() {
        gateway.send(Request.cmd(Command.KEYS).arg(PREFIX + "*"))
                .forEach(key -> gateway.send(Request.cmd(Command.DEL).arg(key.toString())));
        client.close();
        vertx.closeAndAwait();
    }

    @Override
    protected ResultCache<Activity> cache() {
        return cache;
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
    void everyEntryCarriesItsTtlInRedis() {
        String key = freshKey();
        cache.put(key, new Versioned<>(1, anActivity()), LONG);

        long ttl = gateway.send(Request.cmd(Command.PTTL).arg(cache.redisKey(key))).toLong();

        assertThat(ttl).isPositive().isLessThanOrEqualTo(LONG.toMillis());
        assertThat(cache.redisKey(key)).startsWith(PREFIX + "cache:activity:");
    }

    @Test
    void anUnreadableEntryIsAMissAndTheNextPutOverwritesIt() {
        String key = freshKey();
        gateway.send(Request.cmd(Command.SET).arg(cache.redisKey(key)).arg("{\"v\":1,\"d\":{\"id\":\"oops\"}}"));
        String garbage = freshKey();
        gateway.send(Request.cmd(Command.SET).arg(cache.redisKey(garbage)).arg("not json at all"));

        int reportedBefore = unreadable.get();
        assertThat(cache.get(key)).isEmpty();
        assertThat(cache.get(garbage)).isEmpty();
        assertThat(unreadable.get()).isEqualTo(reportedBefore + 2);
        cache.put(key, new Versioned<>(2, anActivity()), LONG);

        assertThat(cache.get(key).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anUnreachableRedisIsReportedAsUnavailable() {
        Redis nowhere = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:1"));
        try {
            RedisResultCache<Activity> down = new RedisResultCache<>(new RedisGateway(nowhere, TIMEOUT, PREFIX),
                    CacheCodecs.ACTIVITY, () -> { });

            assertThatThrownBy(() -> down.get(freshKey())).isInstanceOf(CacheUnavailableException.class);
            assertThatThrownBy(() -> down.put(freshKey(), new Versioned<>(1, anActivity()), LONG))
                    .isInstanceOf(CacheUnavailableException.class);
            assertThatThrownBy(() -> down.remove(freshKey())).isInstanceOf(CacheUnavailableException.class);
        } finally {
            nowhere.close();
        }
    }
}
