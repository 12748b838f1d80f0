package dev.stride.adapter.out.metrics;

import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.service.caching.ActivityCaches;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;

/**
 * The caching use cases' events as Micrometer meters: {@code cache_gets_total{cache, result="hit|miss"}} and
 * {@code cache_loads_seconds{cache}} (the database's answer to a miss). The counters exist from the start, at 0.
 */
public class MicrometerCacheEvents implements CacheEvents {

    private final MeterRegistry registry;

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

    private io.micrometer.core.instrument.Counter hits(String cache) {
        return registry.counter("cache.gets", "cache", cache, "result", "hit");
    }

    private io.micrometer.core.instrument.Counter misses(String cache) {
        return registry.counter("cache.gets", "cache", cache, "result", "miss");
    }
}
