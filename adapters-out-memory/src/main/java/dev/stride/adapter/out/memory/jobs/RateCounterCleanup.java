package dev.stride.adapter.out.memory.jobs;

import dev.stride.adapter.out.memory.InMemoryRateCounter;
import dev.stride.application.port.out.TimeSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Drops in-memory rate counters that have refilled (nothing left to remember), every {@code stride.rate-limit.cleanup-interval}, so
 * callers seen once cost no memory for long. Runs are counted as {@code jobs_runs_total{task, outcome}}.
 */
@ApplicationScoped
public class RateCounterCleanup {

    static final String JOB = "rate-counter-cleanup";

    private final InMemoryRateCounter counters;
    private final TimeSource time;
    private final MeterRegistry registry;

    RateCounterCleanup(InMemoryRateCounter counters, TimeSource time, MeterRegistry registry) {
        this.counters = counters;
        this.time = time;
        this.registry = registry;
    }

    @Scheduled(identity = JOB, every = "${stride.rate-limit.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        try {
            counters.removeExpired(time.now());
            registry.counter("jobs.runs", "task", JOB, "outcome", "success").increment();
        } catch (RuntimeException e) {
            registry.counter("jobs.runs", "task", JOB, "outcome", "failure").increment();
            throw e;
        }
    }
}
