package dev.stride.application.port.in;

import dev.stride.domain.webhook.Subscription;

public interface CreateWebhookUseCase {

    /**
     * Subscribes the owner to events; the result holds the signing secret, which nothing shows again.
     *
     * @throws dev.stride.domain.validation.ValidationException the input is invalid, or the URL's host does not
     *     resolve or resolves to an internal address
     * @throws dev.stride.domain.webhook.SubscriptionLimitReachedException the owner has the maximum already
     */
    Subscription create(CreateWebhookCommand command);
}
