package dev.stride.adapter.out.metrics;

import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.service.caching.ActivityCaches;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The caching use cases' events as Micrometer meters: {@code cache_gets_total{cache, result="hit|miss"}} and
 * {@code cache_loads_seconds{cache}} (the database's answer to a miss). The counters exist from the start, at 0.
 */
public class MicrometerCacheEvents implements CacheEvents {

    private final MeterRegistry registry;
    /** By cache name: the registry's own look-up builds and hashes the meter's id on every call. */
    private final Map<String, Counter> hits = new ConcurrentHashMap<>();
    private final Map<String, Counter> misses = new ConcurrentHashMap<>();

    public MicrometerCacheEvents(MeterRegistry registry) {
        this.registry = registry;
        for (String cache : List.of(ActivityCaches.ACTIVITY, ActivityCaches.ACTIVITIES, ActivityCaches.STATS)) {
            hits(cache);
            misses(cache);
        }
    }

    @Override
    public void hit(String cache) {
        hits(cache).increment();
    }

    @Override
    public void miss(String cache) {
        misses(cache).increment();
    }

    @Override
    public void loaded(String cache, Duration took) {
        registry.timer("cache.loads", "cache", cache).record(took);
    }

    private Counter hits(String cache) {
        return hits.computeIfAbsent(cache, name -> registry.counter("cache.gets", "cache", name, "result", "hit"));
    }

    private Counter misses(String cache) {
        return misses.computeIfAbsent(cache, name -> registry.counter("cache.gets", "cache", name, "result", "miss"));
    }
}
