package dev.stride.adapter.out.memory.jobs;

import dev.stride.adapter.out.memory.MemoryCaches;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Drops the in-memory caches' expired entries every {@code stride.cache.cleanup-interval}, so none pile up. Runs are
 * counted as {@code jobs_runs_total{task, outcome}}.
 */
@ApplicationScoped
public class CacheCleanup {

    static final String TASK = "cache-cleanup";

    private final Instance<MemoryCaches> caches;
    private final MeterRegistry registry;

    CacheCleanup(Instance<MemoryCaches> caches, MeterRegistry registry) {
        this.caches = caches;
        this.registry = registry;
    }

    @Scheduled(identity = "cache-cleanup", every = "${stride.cache.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        try {
            caches.get().removeExpired();
            registry.counter("jobs.runs", "task", TASK, "outcome", "success").increment();
        } catch (RuntimeException e) {
            registry.counter("jobs.runs", "task", TASK, "outcome", "failure").increment();
            throw e;
        }
    }
}
