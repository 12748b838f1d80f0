package dev.stride.application.service.caching;

import dev.stride.adapter.out.memory.InMemoryActivityStore;
import dev.stride.adapter.out.memory.InMemoryActivityTotals;
import dev.stride.adapter.out.memory.InMemoryAuditLog;
import dev.stride.adapter.out.memory.InMemoryDataVersions;
import dev.stride.adapter.out.memory.InMemoryDeliveryStore;
import dev.stride.adapter.out.memory.InMemorySubscriptionStore;
import dev.stride.adapter.out.memory.InMemoryResultCache;
import dev.stride.adapter.out.memory.InMemoryTransactions;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.application.port.in.GetStatisticsUseCase;
import dev.stride.application.port.in.GetSummaryUseCase;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.application.port.in.PurgeActivityUseCase;
import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.application.port.in.UpdateActivityUseCase;
import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.port.out.CacheUnavailableException;
import dev.stride.application.port.out.ResultCache;
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.DeleteActivityService;
import dev.stride.application.service.GetActivityService;
import dev.stride.application.service.GetStatisticsService;
import dev.stride.application.service.GetSummaryService;
import dev.stride.application.service.ListActivitiesService;
import dev.stride.application.service.PurgeActivityService;
import dev.stride.application.service.RestoreActivityService;
import dev.stride.application.service.UpdateActivityService;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.Page;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.Summary;
import dev.stride.testing.ManualTimeSource;
import dev.stride.testing.webhooks.CountingWakeUp;
import dev.stride.testing.webhooks.FixedRequestContext;
import dev.stride.testing.webhooks.TestPayloads;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One database (in memory) and one shared cache, which can be made unreachable, with as many replicas of the
 * caching use cases on top as a test wants: what two service instances sharing one Redis and one database see.
 */
final class CachingWorld {

    static final Instant START = Instant.parse("2024-02-28T20:00:00Z");

    final ManualTimeSource time = new ManualTimeSource(START);
    final InMemoryActivityStore activities = new InMemoryActivityStore();
    final InMemoryActivityTotals totals = new InMemoryActivityTotals(activities);
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryDataVersions versions = new InMemoryDataVersions();
    final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore(deliveries);
    final InMemoryTransactions transactions = new InMemoryTransactions(activities, versions, audit, subscriptions,
            deliveries);
    final WebhookOutbox outbox = new WebhookOutbox(subscriptions, deliveries, new TestPayloads(),
            new FixedRequestContext(null), new CountingWakeUp());
    final AtomicBoolean cacheDown = new AtomicBoolean();
    final SharedCache<Activity> activityCache = new SharedCache<>(new InMemoryResultCache<>(time, 1000), cacheDown);
    final SharedCache<Page<Activity>> listCache = new SharedCache<>(new InMemoryResultCache<>(time, 1000), cacheDown);
    final SharedCache<Statistics> statsCache = new SharedCache<>(new InMemoryResultCache<>(time, 1000), cacheDown);
    final SharedCache<Summary> summaryCache = new SharedCache<>(new InMemoryResultCache<>(time, 1000), cacheDown);

    static ActivityInput run(String date, int minutes) {
        return new ActivityInput("running", minutes, new BigDecimal("5.5"), null, date, List.of("easy"));
    }

    Replica replica() {
        return replica(new ListActivitiesService(activities));
    }

    Replica replica(ListActivitiesUseCase listSource) {
        return new Replica(this, listSource);
    }

    /** The use cases of one service instance, and the hits and misses it counted. */
    static final class Replica implements CacheEvents {

        final Map<String, AtomicLong> hits = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> misses = new ConcurrentHashMap<>();
        final GetActivityUseCase get;
        final ListActivitiesUseCase list;
        final GetStatisticsUseCase statistics;
        final GetSummaryUseCase summary;
        final CreateActivityUseCase create;
        final UpdateActivityUseCase update;
        final DeleteActivityUseCase delete;
        final RestoreActivityUseCase restore;
        final PurgeActivityUseCase purge;

        Replica(CachingWorld world, ListActivitiesUseCase listSource) {
            ActivityCaches caches = new ActivityCaches(world.versions, world.activityCache, world.listCache,
                    world.statsCache, world.summaryCache, CachePolicy.DEFAULT, this);
            get = new CachedGetActivity(new GetActivityService(world.activities), caches);
            list = new CachedListActivities(listSource, caches);
            statistics = new CachedGetStatistics(new GetStatisticsService(world.totals, world.time), caches,
                    world.time);
            summary = new CachedGetSummary(new GetSummaryService(world.totals, world.time), caches, world.time);
            create = new CreateActivityService(world.activities, world.time, world.transactions, caches, world.outbox);
            update = new UpdateActivityService(world.activities, world.time, world.transactions, caches, world.outbox);
            delete = new DeleteActivityService(world.activities, world.time, world.transactions, caches, world.outbox);
            restore = new RestoreActivityService(world.activities, world.time, world.transactions, caches, world.outbox);
            purge = new PurgeActivityService(world.activities, world.audit, world.time, world.transactions, caches);
        }

        @Override
        public void hit(String cache) {
            hits.computeIfAbsent(cache, name -> new AtomicLong()).incrementAndGet();
        }

        @Override
        public void miss(String cache) {
            misses.computeIfAbsent(cache, name -> new AtomicLong()).incrementAndGet();
        }

        @Override
        public void loaded(String cache, Duration took) {
        }

        long hits(String cache) {
            return hits.getOrDefault(cache, new AtomicLong()).get();
        }

        long misses(String cache) {
            return misses.getOrDefault(cache, new AtomicLong()).get();
        }
    }

    /** The shared cache, failing every call while {@code down} is set, as an unreachable Redis does. */
    static final class SharedCache<V> implements ResultCache<V> {

        final InMemoryResultCache<V> entries;
        private final AtomicBoolean down;

        SharedCache(InMemoryResultCache<V> entries, AtomicBoolean down) {
            this.entries = entries;
            this.down = down;
        }

        @Override
        public Optional<Versioned<V>> get(String key) {
            check();
            return entries.get(key);
        }

        @Override
        public void put(String key, Versioned<V> entry, Duration ttl) {
            check();
            entries.put(key, entry, ttl);
        }

        @Override
        public void remove(String key) {
            check();
            entries.remove(key);
        }

        private void check() {
            if (down.get()) {
                throw new CacheUnavailableException(new IllegalStateException("connection refused"));
            }
        }
    }
}
