package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.memory.InMemoryActivityStore;
import dev.stride.adapter.out.memory.InMemoryActivityTotals;
import dev.stride.adapter.out.memory.InMemoryAuditLog;
import dev.stride.adapter.out.memory.InMemoryDataVersions;
import dev.stride.adapter.out.memory.InMemoryDeliveryStore;
import dev.stride.adapter.out.memory.InMemorySubscriptionStore;
import dev.stride.adapter.out.memory.InMemoryTransactions;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.ListActivitiesQuery;
import dev.stride.application.port.in.StatisticsQuery;
import dev.stride.application.port.in.SummaryQuery;
import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.VersionPrecondition;
import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.DeleteActivityService;
import dev.stride.application.service.GetActivityService;
import dev.stride.application.service.GetStatisticsService;
import dev.stride.application.service.GetSummaryService;
import dev.stride.application.service.ListActivitiesService;
import dev.stride.application.service.UpdateActivityService;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.caching.CachePolicy;
import dev.stride.application.service.caching.CachedGetActivity;
import dev.stride.application.service.caching.CachedGetStatistics;
import dev.stride.application.service.caching.CachedGetSummary;
import dev.stride.application.service.caching.CachedListActivities;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.testing.ManualTimeSource;
import dev.stride.testing.webhooks.CountingWakeUp;
import dev.stride.testing.webhooks.FixedRequestContext;
import dev.stride.testing.webhooks.TestPayloads;
import dev.stride.testing.servers.TestServers;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.redis.client.RedisOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one database and one real Redis stay coherent, also when one of them writes while it
 * cannot reach Redis (its client points at a closed port) and the other reads afterwards what Redis still holds.
 */
class TwoReplicasOnOneRedisTest {

    private static final String PREFIX = "stride-contract:" + UUID.randomUUID() + ":";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static Vertx vertx;
    private static Redis client;
    private static Redis nowhere;

    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2024-02-28T20:00:00Z"));
    private final InMemoryActivityStore activities = new InMemoryActivityStore();
    private final InMemoryActivityTotals totals = new InMemoryActivityTotals(activities);
    private final InMemoryDataVersions versions = new InMemoryDataVersions();
    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore(deliveries);
    private final InMemoryTransactions transactions = new InMemoryTransactions(activities, versions,
            new InMemoryAuditLog(), subscriptions, deliveries);
    private final WebhookOutbox outbox = new WebhookOutbox(subscriptions, deliveries, new TestPayloads(),
            new FixedRequestContext(null), new CountingWakeUp());
    private final UserId ann = UserId.newId();

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        client = Redis.createClient(vertx, new RedisOptions().setConnectionString(TestServers.redisUrl()));
        nowhere = Redis.createClient(vertx, new RedisOptions().setConnectionString("redis://127.0.0.1:1"));
    }

    @AfterAll
    static void wipeAndClose() {
        RedisGateway gateway = new RedisGateway(client, TIMEOUT, PREFIX);
        gateway.send(Request.cmd(Command.KEYS).arg(PREFIX + "*"))
                .forEach(key -> gateway.send(Request.cmd(Command.DEL).arg(key.toString())));
        client.close();
        nowhere.close();
        vertx.closeAndAwait();
    }

    @Test
    void aWriteOnOneReplicaShowsOnTheOtherAtOnce() {
        Replica one = new Replica(client);
        Replica two = new Replica(client);
        Activity first = one.create(30);
        two.readAll(first);
        two.readAll(first);
        // the activity was written through on creation: 1 hit, then 4 more on the second round
        assertThat(two.hits.get()).isEqualTo(5);

        one.update(first, 75);
        assertThat(two.get(first).details().durationMinutes()).isEqualTo(75);
        assertThat(two.listedMinutes()).isEqualTo(75);
        assertThat(two.statisticsMinutes()).isEqualTo(75);
        assertThat(two.summaryMinutes()).isEqualTo(75);

        one.delete(first);
        assertThat(two.listedCount()).isZero();
        assertThat(two.summaryMinutes()).isZero();
    }

    @Test
    void aWriteWhileRedisWasUnreachableLeavesNothingStaleOnceItIsBack() {
        Replica writer = new Replica(client);
        Replica reader = new Replica(client);
        Activity first = writer.create(30);
        reader.readAll(first);

        Replica cutOff = new Replica(nowhere);
        cutOff.update(first, 90);
        cutOff.create(20);
        assertThat(cutOff.listedCount()).isEqualTo(2);

        assertThat(reader.get(first).details().durationMinutes()).isEqualTo(90);
        assertThat(reader.listedCount()).isEqualTo(2);
        assertThat(reader.statisticsMinutes()).isEqualTo(110);
        assertThat(reader.summaryMinutes()).isEqualTo(110);
        assertThat(writer.listedCount()).isEqualTo(2);
    }

    /** One service instance: its own cache adapters and caching use cases, on the shared database. */
    private final class Replica implements CacheEvents {

        final AtomicLong hits = new AtomicLong();
        final ActivityCaches caches;

        Replica(Redis redis) {
            RedisGateway gateway = new RedisGateway(redis, TIMEOUT, PREFIX);
            caches = new ActivityCaches(versions, new RedisResultCache<>(gateway, CacheCodecs.ACTIVITY, () -> { }),
                    new RedisResultCache<>(gateway, CacheCodecs.ACTIVITY_PAGE, () -> { }),
                    new RedisResultCache<>(gateway, CacheCodecs.STATISTICS, () -> { }),
                    new RedisResultCache<>(gateway, CacheCodecs.SUMMARY, () -> { }), CachePolicy.DEFAULT, this);
        }

        Activity create(int minutes) {
            return new CreateActivityService(activities, time, transactions, caches, outbox).create(ann, input(minutes));
        }

        void update(Activity activity, int minutes) {
            new UpdateActivityService(activities, time, transactions, caches, outbox).update(
                    new UpdateActivityCommand(ann, activity.id(), input(minutes), VersionPrecondition.NONE));
        }

        void delete(Activity activity) {
            new DeleteActivityService(activities, time, transactions, caches, outbox).delete(ann, activity.id());
        }

        Activity get(Activity activity) {
            return new CachedGetActivity(new GetActivityService(activities), caches).get(ann, activity.id());
        }

        long listedCount() {
            return list().total();
        }

        int listedMinutes() {
            return list().items().get(0).details().durationMinutes();
        }

        long statisticsMinutes() {
            return new CachedGetStatistics(new GetStatisticsService(totals, time), caches, time)
                    .statistics(StatisticsQuery.of(ann, "month", null, null, null, null, null))
                    .totals().durationMinutes();
        }

        long summaryMinutes() {
            return new CachedGetSummary(new GetSummaryService(totals, time), caches, time)
                    .summary(new SummaryQuery(ann)).allTime().durationMinutes();
        }

        void readAll(Activity activity) {
            get(activity);
            list();
            statisticsMinutes();
            summaryMinutes();
        }

        private dev.stride.domain.paging.Page<Activity> list() {
            return new CachedListActivities(new ListActivitiesService(activities), caches)
                    .list(new ListActivitiesQuery(ActivityFilter.allOf(ann), new PageRequest(1, 20)));
        }

        private ActivityInput input(int minutes) {
            return new ActivityInput("running", minutes, new BigDecimal("5.5"), null, "2024-02-27", List.of());
        }

        @Override
        public void hit(String cache) {
            hits.incrementAndGet();
        }

        @Override
        public void miss(String cache) {
        }

        @Override
        public void loaded(String cache, Duration took) {
        }
    }
}
