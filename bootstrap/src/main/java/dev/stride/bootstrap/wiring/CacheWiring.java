package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.cache.CacheBreaker;
import dev.stride.adapter.out.cache.CacheCodec;
import dev.stride.adapter.out.cache.CacheCodecs;
import dev.stride.adapter.out.cache.GuardedResultCache;
import dev.stride.adapter.out.cache.RedisGateway;
import dev.stride.adapter.out.cache.RedisResultCache;
import dev.stride.adapter.out.memory.InMemoryResultCache;
import dev.stride.adapter.out.memory.MemoryCaches;
import dev.stride.adapter.out.memory.NearResultCache;
import dev.stride.adapter.out.metrics.MicrometerCacheEvents;
import dev.stride.adapter.out.persistence.DatabaseKind;
import dev.stride.adapter.out.persistence.PostgresDataVersionWatch;
import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.port.out.DataVersionWatch;
import dev.stride.application.port.out.DataVersions;
import dev.stride.application.port.out.ResultCache;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.caching.CachePolicy;
import dev.stride.bootstrap.StrideConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.redis.client.Redis;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * The caches of activities, lists and statistics. {@code stride.cache.store} picks the store: {@code redis} in
 * production (its own gateway, bounded by the short {@code stride.cache.timeout}), {@code memory} in the embedded
 * default. Either is behind the {@link CacheBreaker} and measured; with Redis each replica also keeps near copies of
 * the entries it used lately ({@code stride.cache.near-max-entries}, {@code near-ttl}). With
 * {@code stride.cache.enabled=false} nothing is cached, but writes still keep the data versions.
 */
public class CacheWiring {

    @Produces
    @Singleton
    CacheEvents cacheEvents(MeterRegistry registry) {
        return new MicrometerCacheEvents(registry);
    }

    @Produces
    @Singleton
    MemoryCaches memoryCaches(StrideConfig config, TimeSource time) {
        StrideConfig.Cache cache = config.cache();
        // With Redis, these stores hold the replica's near copies; the cleanup job drops expired ones either way.
        boolean embedded = cache.store() == StrideConfig.CacheStoreKind.MEMORY;
        return embedded ? new MemoryCaches(time, Math.max(1, cache.maxEntries()))
                : new MemoryCaches(time, Math.max(1, cache.nearMaxActivities()), Math.max(1, cache.nearMaxEntries()));
    }

    /**
     * The watch of data version changes: PostgreSQL's notifications when the database is PostgreSQL and caching and
     * the watch are on; otherwise none (every version read is trusted for its lease only).
     */
    @Produces
    @Singleton
    DataVersionWatch dataVersionWatch(StrideConfig config, DataSource dataSource, DatabaseKind database) {
        StrideConfig.Cache cache = config.cache();
        if (!cache.enabled() || !cache.versionWatch().enabled() || !database.postgresql()) {
            return DataVersionWatch.NONE;
        }
        return new PostgresDataVersionWatch(dataSource, cache.versionWatch().tick()).start();
    }

    void stopWatching(@Disposes DataVersionWatch watch) {
        if (watch instanceof PostgresDataVersionWatch listening) {
            listening.close();
        }
    }

    /** Before the connection pool closes at shutdown, so the watch does not take the pool's closing for a failure. */
    void stopWatchingFirst(@Observes ShutdownEvent shutdown, DataVersionWatch watch) {
        stopWatching(watch);
    }

    @Produces
    @Singleton
    ActivityCaches activityCaches(StrideConfig config, DataVersions versions, DataVersionWatch watch,
            CacheEvents events, CacheBreaker breaker, MeterRegistry registry, Instance<MemoryCaches> memory,
            Instance<Redis> redis) {
        StrideConfig.Cache cache = config.cache();
        if (!cache.enabled()) {
            return ActivityCaches.versionsOnly(versions, cache.versionLease());
        }
        CachePolicy policy = new CachePolicy(cache.activityTtl(), cache.listTtl(), cache.statisticsTtl(),
                cache.versionLease());
        return switch (cache.store()) {
            case MEMORY -> {
                MemoryCaches stores = memory.get();
                yield new ActivityCaches(versions, watch,
                        new GuardedResultCache<>(ActivityCaches.ACTIVITY, stores.activity, breaker, registry),
                        new GuardedResultCache<>(ActivityCaches.ACTIVITIES, stores.lists, breaker, registry),
                        new GuardedResultCache<>(ActivityCaches.STATS, stores.statistics, breaker, registry),
                        new GuardedResultCache<>(ActivityCaches.STATS, stores.summaries, breaker, registry),
                        policy, events);
            }
            case REDIS -> {
                RedisGateway gateway = new RedisGateway(redis.get(), cache.timeout(), config.redis().keyPrefix());
                MemoryCaches near = memory.get();
                yield new ActivityCaches(versions, watch,
                        redis(ActivityCaches.ACTIVITY, CacheCodecs.ACTIVITY, near.activity, gateway, cache, breaker,
                                registry),
                        redis(ActivityCaches.ACTIVITIES, CacheCodecs.ACTIVITY_PAGE, near.lists, gateway, cache, breaker,
                                registry),
                        redis(ActivityCaches.STATS, CacheCodecs.STATISTICS, near.statistics, gateway, cache, breaker,
                                registry),
                        redis(ActivityCaches.STATS, CacheCodecs.SUMMARY, near.summaries, gateway, cache, breaker,
                                registry),
                        policy, events);
            }
        };
    }

    /** One Redis-backed cache: guarded by the breaker and measured, with the replica's near copies in front. */
    private static <V> ResultCache<V> redis(String name, CacheCodec<V> codec, InMemoryResultCache<V> near,
            RedisGateway gateway, StrideConfig.Cache cache, CacheBreaker breaker, MeterRegistry registry) {
        int nearEntries = ActivityCaches.ACTIVITY.equals(name) ? cache.nearMaxActivities() : cache.nearMaxEntries();
        ResultCache<V> shared = new GuardedResultCache<>(name,
                new RedisResultCache<>(gateway, codec, unreadable(registry, name)), breaker, registry);
        return nearEntries == 0 ? shared : new NearResultCache<>(near, shared, cache.nearTtl());
    }

    /** Counts undecodable entries (answered as misses) as {@code cache_errors_total{reason="unreadable"}}. */
    private static Runnable unreadable(MeterRegistry registry, String cache) {
        return () -> registry.counter("cache.errors", "cache", cache, "operation", "get", "reason", "unreadable")
                .increment();
    }
}
