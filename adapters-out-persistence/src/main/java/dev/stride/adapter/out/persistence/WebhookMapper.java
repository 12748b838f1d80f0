package dev.stride.adapter.out.persistence;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Subscriptions and deliveries between the domain and their rows. */
final class WebhookMapper {

    private WebhookMapper() {
    }

    static SubscriptionEntity toNewEntity(Subscription subscription) {
        SubscriptionEntity entity = new SubscriptionEntity();
        entity.id = subscription.id().value();
        entity.ownerId = subscription.owner().value();
        entity.url = subscription.url().toString();
        entity.events = subscription.events().stream().map(WebhookEventType::code).collect(Collectors.joining(","));
        entity.description = subscription.description();
        entity.secret = subscription.secret().value();
        entity.createdAt = subscription.createdAt();
        entity.disabledAt = subscription.disabledAt();
        return entity;
    }

    static Subscription toDomain(SubscriptionEntity entity) {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(entity.events.split(",")).map(code -> WebhookEventType.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown event in the database: " + code)))
                .forEach(events::add);
        return new Subscription(new SubscriptionId(entity.id), new UserId(entity.ownerId),
                new WebhookUrl(URI.create(entity.url)), events, entity.description, new WebhookSecret(entity.secret),
                entity.createdAt, entity.disabledAt);
    }

    static DeliveryEntity toNewEntity(Delivery delivery) {
        DeliveryEntity entity = new DeliveryEntity();
        entity.id = delivery.id().value();
        entity.subscriptionId = delivery.subscriptionId().value();
        entity.ownerId = delivery.owner().value();
        entity.eventType = delivery.eventType().code();
        entity.payload = delivery.payload();
        entity.requestId = delivery.requestId();
        entity.createdAt = delivery.createdAt();
        copyChangeableState(delivery, entity);
        return entity;
    }

    static void copyChangeableState(Delivery delivery, DeliveryEntity entity) {
        entity.status = delivery.status().code();
        entity.attempts = delivery.attempts();
        entity.lastStatusCode = delivery.lastStatusCode();
        entity.lastError = delivery.lastError();
        entity.nextAttemptAt = delivery.nextAttemptAt();
        entity.deliveredAt = delivery.deliveredAt();
    }

    static Delivery toDomain(DeliveryEntity entity) {
        return new Delivery(new DeliveryId(entity.id), new SubscriptionId(entity.subscriptionId),
                new UserId(entity.ownerId),
                WebhookEventType.fromCode(entity.eventType).orElseThrow(
                        () -> new IllegalStateException("unknown event in the database: " + entity.eventType)),
                entity.payload, entity.requestId, DeliveryStatus.valueOf(entity.status.toUpperCase(Locale.ROOT)),
                entity.attempts, entity.lastStatusCode, entity.lastError, entity.nextAttemptAt, entity.createdAt,
                entity.deliveredAt);
    }
}
