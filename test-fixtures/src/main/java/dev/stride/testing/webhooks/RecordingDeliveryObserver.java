package dev.stride.testing.webhooks;

import dev.stride.application.port.out.DeliveryObserver;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Keeps the outcome of every attempt, and how many deliveries were put off, for a test to look at. */
public class RecordingDeliveryObserver implements DeliveryObserver {

    private final List<Outcome> outcomes = new ArrayList<>();
    private int postponed;

    @Override
    public synchronized void attempted(Delivery before, Delivery after, Outcome outcome, Duration elapsed) {
        outcomes.add(outcome);
    }

    @Override
    public synchronized void postponed(SubscriptionId subscription, int count, Instant until) {
        postponed += count;
    }

    public synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized int postponed() {
        return postponed;
    }
}
