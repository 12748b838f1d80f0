package dev.stride.adapter.out.webhooks.jobs;

import dev.stride.application.port.in.WebhookBacklogUseCase;
import dev.stride.application.port.out.DeliveryBacklog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outbox's backlog as gauges: {@code webhook_deliveries_pending} and {@code webhook_oldest_pending_age_seconds}
 * (0 when nothing waits). Measured every 15 s by this job rather than at each scrape, so a slow or unreachable
 * database never makes a scrape hang; the gauges then keep the last measurement. Every replica reports the same
 * shared backlog: dashboards and alerts take the max over replicas, not the sum.
 */
@Startup
@ApplicationScoped
public class BacklogGauges {

    private final WebhookBacklogUseCase backlog;
    private final AtomicReference<Measurement> last = new AtomicReference<>(new Measurement(0, Duration.ZERO));

    private record Measurement(long pending, Duration oldestAge) {
    }

    BacklogGauges(WebhookBacklogUseCase backlog, MeterRegistry registry) {
        this.backlog = backlog;
        Gauge.builder("webhook.deliveries.pending", last, value -> value.get().pending())
                .description("Webhook deliveries waiting for their next attempt")
                .register(registry);
        Gauge.builder("webhook.oldest.pending.age", last, value -> value.get().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest pending webhook delivery")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(identity = "webhook-backlog", every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        DeliveryBacklog now = backlog.backlog();
        Duration age = now.oldestCreatedAt() == null ? Duration.ZERO
                : Duration.between(now.oldestCreatedAt(), Instant.now());
        last.set(new Measurement(now.pending(), age.isNegative() ? Duration.ZERO : age));
    }
}
