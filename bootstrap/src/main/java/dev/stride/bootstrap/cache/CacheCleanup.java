package dev.stride.bootstrap.cache;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Drops the in-memory caches' expired entries every {@code stride.cache.cleanup-interval}, so none pile up. */
@ApplicationScoped
public class CacheCleanup {

    private final Instance<MemoryCaches> caches;

    CacheCleanup(Instance<MemoryCaches> caches) {
        this.caches = caches;
    }

    @Scheduled(identity = "cache-cleanup", every = "${stride.cache.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        caches.get().removeExpired();
    }
}
