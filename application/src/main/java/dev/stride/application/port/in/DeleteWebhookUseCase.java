package dev.stride.application.port.in;

import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.SubscriptionId;

public interface DeleteWebhookUseCase {

    /**
     * Removes the subscription and its deliveries: nothing more is sent for it.
     *
     * @throws WebhookNotFoundException the owner has no such subscription
     */
    void delete(UserId owner, SubscriptionId id);
}
