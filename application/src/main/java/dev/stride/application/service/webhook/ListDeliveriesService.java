package dev.stride.application.service.webhook;

import dev.stride.application.port.in.ListDeliveriesUseCase;
import dev.stride.application.port.in.WebhookNotFoundException;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.SubscriptionId;

public class ListDeliveriesService implements ListDeliveriesUseCase {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;

    public ListDeliveriesService(SubscriptionStore subscriptions, DeliveryStore deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @Override
    public Page<Delivery> list(UserId owner, SubscriptionId subscription, PageRequest page) {
        subscriptions.find(owner, subscription).orElseThrow(WebhookNotFoundException::new);
        return deliveries.list(subscription, page);
    }
}
