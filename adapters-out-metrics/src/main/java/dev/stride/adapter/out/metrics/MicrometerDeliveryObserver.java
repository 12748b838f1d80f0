package dev.stride.adapter.out.metrics;

import dev.stride.application.port.out.DeliveryObserver;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.SubscriptionId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Every delivery attempt as metrics and a log line. {@code webhook_deliveries_total{outcome}} counts attempts by
 * how they ended (delivered, retrying, failed, gone, postponed), every outcome present from the start at 0;
 * {@code webhook_delivery_latency_seconds} is the time from the change's commit to the receiver's 2xx, retries
 * included; {@code webhook_attempt_duration_seconds} the HTTP exchange alone. The log line carries the webhook id
 * and the request id of the change that caused it (as {@code requestId}, like every line of that request).
 */
public class MicrometerDeliveryObserver implements DeliveryObserver {

    private static final Logger LOG = Logger.getLogger("dev.stride.webhooks");
    /** From a second (a healthy receiver) to the retry policy's day (a receiver that was down). */
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
        Duration.ofHours(6), Duration.ofHours(24)};

    private final Map<Outcome, Counter> attempts = new EnumMap<>(Outcome.class);
    private final Timer latency;
    private final Timer exchange;

    public MicrometerDeliveryObserver(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            attempts.put(outcome, Counter.builder("webhook.deliveries")
                    .description("Webhook delivery attempts by how they ended")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
        latency = Timer.builder("webhook.delivery.latency")
                .description("From the change's commit to the receiver's 2xx")
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
        exchange = Timer.builder("webhook.attempt.duration")
                .description("One attempt's HTTP exchange")
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
                        Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    public void attempted(Delivery before, Delivery after, Outcome outcome, Duration elapsed) {
        attempts.get(outcome).increment();
        exchange.record(elapsed);
        if (outcome == Outcome.DELIVERED) {
            latency.record(after.latency());
        }
        log(before, after, outcome, elapsed);
    }

    @Override
    public void postponed(SubscriptionId subscription, int count, Instant until) {
        attempts.get(Outcome.POSTPONED).increment(count);
        MDC.put("subscriptionId", subscription.toString());
        try {
            LOG.debugf("%d webhook deliveries put off until %s: the receiver's breaker is open", count, until);
        } finally {
            MDC.remove("subscriptionId");
        }
    }

    private static void log(Delivery before, Delivery after, Outcome outcome, Duration elapsed) {
        Object previousRequest = MDC.get("requestId");
        MDC.put("requestId", before.requestId() == null ? "" : before.requestId());
        MDC.put("webhookId", before.id().toString());
        MDC.put("subscriptionId", before.subscriptionId().toString());
        try {
            String line = "webhook %s attempt %d: %s (status %s%s) in %d ms".formatted(
                    before.eventType().code(), after.attempts(), outcome.name().toLowerCase(Locale.ROOT),
                    after.lastStatusCode() == null ? "none" : after.lastStatusCode(),
                    after.lastError() == null ? "" : ", " + after.lastError(), elapsed.toMillis());
            if (outcome == Outcome.DELIVERED || outcome == Outcome.RETRYING) {
                LOG.info(line);
            } else {
                LOG.warn(line);
            }
        } finally {
            MDC.remove("webhookId");
            MDC.remove("subscriptionId");
            if (previousRequest == null) {
                MDC.remove("requestId");
            } else {
                MDC.put("requestId", previousRequest);
            }
        }
    }
}
