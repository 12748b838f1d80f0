package dev.stride.application.port.out;

import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.SubscriptionId;
import java.time.Duration;
import java.time.Instant;

/** Told about every delivery attempt, for metrics and logs. */
public interface DeliveryObserver {

    /**
     * How an attempt ended. {@code before} is the delivery as claimed, {@code after} as recorded; {@code elapsed}
     * is how long the HTTP exchange took.
     */
    void attempted(Delivery before, Delivery after, Outcome outcome, Duration elapsed);

    /** A subscription's pending deliveries were put off until {@code until}, without attempts: its breaker is open. */
    void postponed(SubscriptionId subscription, int count, Instant until);

    enum Outcome {
        /** A 2xx. */
        DELIVERED,
        /** Anything else, with attempts left. */
        RETRYING,
        /** Anything else, and no attempt left. */
        FAILED,
        /** 410 Gone: the subscription is disabled. */
        GONE,
        /** Not attempted: the receiver's circuit breaker is open (reported by {@link #postponed}). */
        POSTPONED;
    }
}
