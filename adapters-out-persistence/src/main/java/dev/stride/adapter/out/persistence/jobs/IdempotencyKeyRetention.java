package dev.stride.adapter.out.persistence.jobs;

import dev.stride.application.port.in.ForgetOldIdempotencyKeysUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Removes idempotency keys past their 24 hours, every 10 minutes, so the table holds about a day of creates. Every
 * replica runs it; the delete is idempotent, so running it twice costs one empty statement. Runs are counted as
 * {@code jobs_runs_total{task, outcome}}.
 */
@ApplicationScoped
public class IdempotencyKeyRetention {

    static final String TASK = "idempotency-retention";
    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);

    private final ForgetOldIdempotencyKeysUseCase forgetOld;
    private final MeterRegistry registry;

    IdempotencyKeyRetention(ForgetOldIdempotencyKeysUseCase forgetOld, MeterRegistry registry) {
        this.forgetOld = forgetOld;
        this.registry = registry;
    }

    @Scheduled(identity = TASK, every = "10m", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeys() {
        try {
            int removed = forgetOld.forgetOldKeys();
            if (removed > 0) {
                LOG.infof("removed %d idempotency keys past their 24 hours", removed);
            }
            registry.counter("jobs.runs", "task", TASK, "outcome", "success").increment();
        } catch (RuntimeException e) {
            registry.counter("jobs.runs", "task", TASK, "outcome", "failure").increment();
            throw e;
        }
    }
}
