package dev.stride.testing.contract;

import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.DeliveryStatus;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionId;
import dev.stride.domain.webhook.WebhookEventType;
import dev.stride.domain.webhook.WebhookSecret;
import dev.stride.domain.webhook.WebhookUrl;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Test data for the webhook port contracts. */
public final class WebhookFixtures {

    /**
     * Each test takes an hour of its own, earlier than every hour taken before: what earlier tests left pending in
     * a shared outbox is due after anything the current test claims at, so it never shows up in its claims.
     */
    private static final AtomicReference<Instant> EARLIEST = new AtomicReference<>(
            Instant.parse("2030-01-01T00:00:00.123456Z"));

    private WebhookFixtures() {
    }

    public static Instant anHourOfItsOwn() {
        return EARLIEST.updateAndGet(previous -> previous.minus(Duration.ofHours(2)));
    }

    public static Subscription subscription(UserId owner, Instant createdAt, WebhookEventType... events) {
        Set<WebhookEventType> wanted = events.length == 0 ? EnumSet.allOf(WebhookEventType.class)
                : EnumSet.of(events[0], events);
        return new Subscription(SubscriptionId.newId(), owner, new WebhookUrl(URI.create("https://hooks.example.com/in")),
                wanted, "sync to the spreadsheet", new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                createdAt, null);
    }

    public static Delivery pending(Subscription subscription, Instant createdAt) {
        return new Delivery(DeliveryId.newId(), subscription.id(), subscription.owner(),
                WebhookEventType.ACTIVITY_CREATED, "{\"type\":\"activity.created\",\"note\":\"späť 100 %\"}",
                "req-" + createdAt.toEpochMilli(), DeliveryStatus.PENDING, 0, null, null, createdAt, createdAt, null);
    }
}
