package dev.stride.application.port.in;

import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.SubscriptionId;

public interface ListDeliveriesUseCase {

    /**
     * A subscription's deliveries, newest first.
     *
     * @throws WebhookNotFoundException the owner has no such subscription
     */
    Page<Delivery> list(UserId owner, SubscriptionId subscription, PageRequest page);
}
