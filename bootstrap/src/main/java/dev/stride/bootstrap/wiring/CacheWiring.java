package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.cache.CacheCodecs;
import dev.stride.adapter.out.cache.RedisGateway;
import dev.stride.adapter.out.cache.RedisResultCache;
import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.port.out.DataVersions;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.caching.CachePolicy;
import dev.stride.bootstrap.StrideConfig;
import dev.stride.bootstrap.cache.CacheBreaker;
import dev.stride.bootstrap.cache.GuardedResultCache;
import dev.stride.bootstrap.cache.MemoryCaches;
import dev.stride.bootstrap.cache.MicrometerCacheEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.redis.client.Redis;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The caches of activities, lists and statistics. {@code stride.cache.store} picks the store: {@code redis} in
 * production (its own gateway, bounded by the short {@code stride.cache.timeout}), {@code memory} in the embedded
 * default. Either is behind the {@link CacheBreaker} and measured. With {@code stride.cache.enabled=false} nothing
 * is cached, but writes still keep the data versions.
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
        return new MemoryCaches(time, config.cache().maxEntries());
    }

    @Produces
    @Singleton
    ActivityCaches activityCaches(StrideConfig config, DataVersions versions, CacheEvents events,
            CacheBreaker breaker, MeterRegistry registry, Instance<MemoryCaches> memory, Instance<Redis> redis) {
        StrideConfig.Cache cache = config.cache();
        if (!cache.enabled()) {
            return ActivityCaches.versionsOnly(versions);
        }
        CachePolicy policy = new CachePolicy(cache.activityTtl(), cache.listTtl(), cache.statisticsTtl());
        return switch (cache.store()) {
            case MEMORY -> {
                MemoryCaches stores = memory.get();
                yield new ActivityCaches(versions,
                        new GuardedResultCache<>(ActivityCaches.ACTIVITY, stores.activity, breaker, registry),
                        new GuardedResultCache<>(ActivityCaches.ACTIVITIES, stores.lists, breaker, registry),
                        new GuardedResultCache<>(ActivityCaches.STATS, stores.statistics, breaker, registry),
                        new GuardedResultCache<>(ActivityCaches.STATS, stores.summaries, breaker, registry),
                        policy, events);
            }
            case REDIS -> {
                RedisGateway gateway = new RedisGateway(redis.get(), cache.timeout(), config.redis().keyPrefix());
                yield new ActivityCaches(versions,
                        new GuardedResultCache<>(ActivityCaches.ACTIVITY, new RedisResultCache<>(gateway,
                                CacheCodecs.ACTIVITY, unreadable(registry, ActivityCaches.ACTIVITY)), breaker, registry),
                        new GuardedResultCache<>(ActivityCaches.ACTIVITIES, new RedisResultCache<>(gateway,
                                CacheCodecs.ACTIVITY_PAGE, unreadable(registry, ActivityCaches.ACTIVITIES)), breaker,
                                registry),
                        new GuardedResultCache<>(ActivityCaches.STATS, new RedisResultCache<>(gateway,
                                CacheCodecs.STATISTICS, unreadable(registry, ActivityCaches.STATS)), breaker, registry),
                        new GuardedResultCache<>(ActivityCaches.STATS, new RedisResultCache<>(gateway,
                                CacheCodecs.SUMMARY, unreadable(registry, ActivityCaches.STATS)), breaker, registry),
                        policy, events);
            }
        };
    }

    /** Counts undecodable entries (answered as misses) as {@code cache_errors_total{reason="unreadable"}}. */
    private static Runnable unreadable(MeterRegistry registry, String cache) {
        return () -> registry.counter("cache.errors", "cache", cache, "operation", "get", "reason", "unreadable")
                .increment();
    }
}
