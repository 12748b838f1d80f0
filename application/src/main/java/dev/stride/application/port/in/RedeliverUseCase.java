package dev.stride.application.port.in;

import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.SubscriptionId;

public interface RedeliverUseCase {

    /**
     * Queues a delivery for another attempt now, whatever its state, with its retry policy renewed.
     *
     * @return the delivery as queued
     *
     * @throws WebhookNotFoundException the owner has no such subscription
     * @throws DeliveryNotFoundException the subscription has no such delivery
     * @throws dev.stride.domain.webhook.SubscriptionDisabledException the subscription is disabled
     */
    Delivery redeliver(UserId owner, SubscriptionId subscription, DeliveryId delivery);
}
