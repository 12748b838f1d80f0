package dev.stride.adapter.out.webhooks.jobs;

import dev.stride.application.port.in.RemoveOldDeliveriesUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Removes delivered and failed deliveries older than {@code stride.webhooks.retention}, every hour, so the outbox
 * keeps what a user may still want to look at and not the history of every write. Runs are counted as
 * {@code jobs_runs_total{task, outcome}}.
 */
@ApplicationScoped
public class DeliveryRetention {

    static final String TASK = "webhook-retention";
    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);

    private final RemoveOldDeliveriesUseCase removeOld;
    private final MeterRegistry registry;

    DeliveryRetention(RemoveOldDeliveriesUseCase removeOld, MeterRegistry registry) {
        this.removeOld = removeOld;
        this.registry = registry;
    }

    @Scheduled(identity = "webhook-retention", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeOldDeliveries() {
        try {
            int removed = removeOld.removeOldDeliveries();
            if (removed > 0) {
                LOG.infof("removed %d finished webhook deliveries past their retention", removed);
            }
            registry.counter("jobs.runs", "task", TASK, "outcome", "success").increment();
        } catch (RuntimeException e) {
            registry.counter("jobs.runs", "task", TASK, "outcome", "failure").increment();
            throw e;
        }
    }
}
