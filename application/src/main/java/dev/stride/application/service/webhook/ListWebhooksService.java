package dev.stride.application.service.webhook;

import dev.stride.application.port.in.ListWebhooksUseCase;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Subscription;

public class ListWebhooksService implements ListWebhooksUseCase {

    private final SubscriptionStore subscriptions;

    public ListWebhooksService(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public Page<Subscription> list(UserId owner, PageRequest page) {
        return subscriptions.list(owner, page);
    }
}
