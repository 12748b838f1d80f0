package dev.stride.domain.webhook;

import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One event on its way to one subscription. It is recorded with the change that caused it and goes pending ->
 * delivered, or pending -> (a failed attempt, a wait, another attempt)... -> failed when the retry policy is
 * spent or the receiver answered 410 Gone. Its id is the {@code webhook-id} of every attempt, so a receiver can
 * recognise a retry of something it already has.
 *
 * @param payload the JSON body, fixed when the event is recorded so every attempt sends the same bytes
 * @param requestId the id of the API request whose change caused the event, for the logs
 * @param lastError what went wrong at the last failed attempt without an HTTP status (a timeout, a refused
 *     connection), short and free of secrets
 */
public record Delivery(
        DeliveryId id,
        SubscriptionId subscriptionId,
        UserId owner,
        WebhookEventType eventType,
        String payload,
        String requestId,
        DeliveryStatus status,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt) {

    public static final int MAX_ERROR_LENGTH = 500;

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((status == DeliveryStatus.PENDING) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("exactly the pending deliveries have a next attempt");
        }
        if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
            lastError = lastError.substring(0, MAX_ERROR_LENGTH);
        }
    }

    /** A new event for a subscription, due at once. */
    public static Delivery pending(Subscription subscription, WebhookEventType type, String payload,
            String requestId, Instant now) {
        return new Delivery(DeliveryId.newId(), subscription.id(), subscription.owner(), type, payload, requestId,
                DeliveryStatus.PENDING, 0, null, null, now, now, null);
    }

    public boolean isDue(Instant now) {
        return status == DeliveryStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** The receiver answered 2xx. */
    public Delivery delivered(int statusCode, Instant now) {
        return new Delivery(id, subscriptionId, owner, eventType, payload, requestId, DeliveryStatus.DELIVERED,
                attempts + 1, statusCode, null, null, createdAt, now);
    }

    /**
     * An attempt failed: a status other than 2xx (then {@code statusCode} is set), or no answer at all (then
     * {@code error} says why). The delivery waits for its next attempt, or has failed when none is left.
     */
    public Delivery attemptFailed(Integer statusCode, String error, Instant now, RetryPolicy policy,
            RandomGenerator random) {
        int made = attempts + 1;
        return policy.delayAfter(made, random)
                .map(delay -> new Delivery(id, subscriptionId, owner, eventType, payload, requestId,
                        DeliveryStatus.PENDING, made, statusCode, error, now.plus(delay), createdAt, null))
                .orElseGet(() -> new Delivery(id, subscriptionId, owner, eventType, payload, requestId,
                        DeliveryStatus.FAILED, made, statusCode, error, null, createdAt, null));
    }

    /** The receiver answered 410 Gone: no further attempt, ever. */
    public Delivery gone() {
        return new Delivery(id, subscriptionId, owner, eventType, payload, requestId, DeliveryStatus.FAILED,
                attempts + 1, 410, null, null, createdAt, null);
    }

    /** Not attempted, for a reason that is not the receiver's answer (its subscription is disabled). */
    public Delivery abandoned(String reason) {
        return new Delivery(id, subscriptionId, owner, eventType, payload, requestId, DeliveryStatus.FAILED,
                attempts, lastStatusCode, reason, null, createdAt, null);
    }

    /**
     * Sent again on its owner's request, whatever its state: due now, with the whole retry policy ahead of it
     * again (the attempts count restarts), and the same {@code webhook-id}, so a receiver that has it already can
     * tell.
     */
    public Delivery redeliver(Instant now) {
        return new Delivery(id, subscriptionId, owner, eventType, payload, requestId, DeliveryStatus.PENDING, 0,
                lastStatusCode, lastError, now, createdAt, null);
    }

    /** How long it took from the change to the receiver's 2xx. */
    public Duration latency() {
        return deliveredAt == null ? null : Duration.between(createdAt, deliveredAt);
    }
}
