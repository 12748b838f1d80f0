package dev.stride.application.port.in;

import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Subscription;

public interface ListWebhooksUseCase {

    /** The owner's subscriptions, oldest first. */
    Page<Subscription> list(UserId owner, PageRequest page);
}
