package dev.stride.application.service.webhook;

import dev.stride.application.port.in.DeliveryNotFoundException;
import dev.stride.application.port.in.RedeliverUseCase;
import dev.stride.application.port.in.WebhookNotFoundException;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.DeliveryWakeUp;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionDisabledException;
import dev.stride.domain.webhook.SubscriptionId;

public class RedeliverService implements RedeliverUseCase {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final TimeSource time;
    private final DeliveryWakeUp wakeUp;

    public RedeliverService(SubscriptionStore subscriptions, DeliveryStore deliveries, TimeSource time,
            DeliveryWakeUp wakeUp) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.time = time;
        this.wakeUp = wakeUp;
    }

    @Override
    public Delivery redeliver(UserId owner, SubscriptionId subscriptionId, DeliveryId deliveryId) {
        Subscription subscription = subscriptions.find(owner, subscriptionId)
                .orElseThrow(WebhookNotFoundException::new);
        if (!subscription.isActive()) {
            throw new SubscriptionDisabledException();
        }
        Delivery delivery = deliveries.find(subscriptionId, deliveryId).orElseThrow(DeliveryNotFoundException::new);
        Delivery queued = delivery.redeliver(time.now());
        deliveries.save(queued);
        wakeUp.deliveriesCommitted();
        return queued;
    }
}
