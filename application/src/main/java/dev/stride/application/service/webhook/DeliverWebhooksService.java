package dev.stride.application.service.webhook;

import dev.stride.application.port.in.DeliverWebhooksUseCase;
import dev.stride.application.port.out.DeliveryObserver;
import dev.stride.application.port.out.DeliveryObserver.Outcome;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.WebhookSender;
import dev.stride.application.port.out.WebhookSender.SendResult;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryStatus;
import dev.stride.domain.webhook.RetryPolicy;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionId;
import dev.stride.domain.webhook.WebhookSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/**
 * Claims due deliveries and attempts each as the Standard Webhooks specification says: a POST of the event with
 * {@code webhook-id} (the delivery's id, the same at every attempt), {@code webhook-timestamp} (the attempt's time)
 * and {@code webhook-signature}. Delivery is at least once: a worker that dies between the receiver's answer and
 * recording it leaves the delivery to be claimed again when its lease runs out.
 */
public class DeliverWebhooksService implements DeliverWebhooksUseCase {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookSender sender;
    private final TimeSource time;
    private final RetryPolicy retries;
    private final TargetBreakers breakers;
    private final DeliveryObserver observer;
    private final RandomGenerator random;
    private final Duration lease;

    public DeliverWebhooksService(SubscriptionStore subscriptions, DeliveryStore deliveries, WebhookSender sender,
            TimeSource time, RetryPolicy retries, TargetBreakers breakers, DeliveryObserver observer,
            RandomGenerator random, Duration lease) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.sender = sender;
        this.time = time;
        this.retries = retries;
        this.breakers = breakers;
        this.observer = observer;
        this.random = random;
        this.lease = lease;
    }

    @Override
    public int deliverDue(String claimant, int max, BooleanSupplier stopping) {
        Instant now = time.now();
        List<Delivery> claimed = deliveries.claimDue(now, max, claimant, now.plus(lease));
        Map<SubscriptionId, Optional<Subscription>> targets = new HashMap<>();
        Set<SubscriptionId> putOff = new HashSet<>();
        for (int i = 0; i < claimed.size(); i++) {
            if (stopping.getAsBoolean()) {
                deliveries.release(claimed.subList(i, claimed.size()).stream().map(Delivery::id).toList(), claimant);
                break;
            }
            Delivery delivery = claimed.get(i);
            Optional<Subscription> found = targets.computeIfAbsent(delivery.subscriptionId(),
                    subscriptions::findById);
            // A subscription deleted meanwhile took its deliveries with it: nothing to send, nothing to record.
            // One put off already went with the rest of its subscription's backlog.
            if (found.isEmpty() || putOff.contains(delivery.subscriptionId())) {
                continue;
            }
            Subscription subscription = found.get();
            Optional<Instant> open = subscription.isActive()
                    ? breakers.openUntil(subscription.url().target(), time.now()) : Optional.empty();
            if (open.isPresent()) {
                int count = deliveries.postponeAll(subscription.id(), open.get(), claimant);
                observer.postponed(subscription.id(), count, open.get());
                putOff.add(subscription.id());
            } else {
                targets.put(subscription.id(), Optional.of(attempt(delivery, subscription, claimant)));
            }
        }
        return claimed.size();
    }

    /** @return the subscription as it is after the attempt: a 410 disables it for the rest of the batch too */
    private Subscription attempt(Delivery delivery, Subscription subscription, String claimant) {
        if (!subscription.isActive()) {
            finish(delivery, delivery.abandoned("subscription disabled"), Outcome.FAILED, Duration.ZERO, claimant);
            return subscription;
        }
        String target = subscription.url().target();
        Instant now = time.now();
        long started = System.nanoTime();
        SendResult result = sender.send(subscription.url(), headers(delivery, subscription, now),
                delivery.payload());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Instant answered = time.now();
        if (result.isSuccess()) {
            breakers.succeeded(target);
            finish(delivery, delivery.delivered(result.statusCode(), answered), Outcome.DELIVERED, elapsed,
                    claimant);
        } else if (result.isGone()) {
            breakers.succeeded(target);
            subscriptions.disable(subscription.id(), answered);
            finish(delivery, delivery.gone(), Outcome.GONE, elapsed, claimant);
            return subscription.disable(answered);
        } else {
            if (receiverInTrouble(result)) {
                breakers.failed(target, answered);
            } else {
                breakers.succeeded(target);
            }
            Delivery next = delivery.attemptFailed(result.statusCode(), result.error(), answered, retries, random);
            finish(delivery, next, next.status() == DeliveryStatus.FAILED ? Outcome.FAILED : Outcome.RETRYING,
                    elapsed, claimant);
        }
        return subscription;
    }

    /** No answer, an overloaded or broken receiver; a 4xx means it is up and answering. */
    private static boolean receiverInTrouble(SendResult result) {
        return result.statusCode() == null || result.statusCode() >= 500 || result.statusCode() == 429;
    }

    private void finish(Delivery before, Delivery after, Outcome outcome, Duration elapsed, String claimant) {
        if (deliveries.complete(after, claimant)) {
            observer.attempted(before, after, outcome, elapsed);
        }
    }

    static Map<String, String> headers(Delivery delivery, Subscription subscription, Instant now) {
        String id = delivery.id().toString();
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "Stride-Webhooks/1");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(subscription.secret(), id, timestamp,
                delivery.payload()));
        return headers;
    }
}
