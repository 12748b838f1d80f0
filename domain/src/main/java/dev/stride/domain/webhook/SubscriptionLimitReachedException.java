package dev.stride.domain.webhook;

import dev.stride.domain.DomainException;

/** An owner already has {@value Subscription#MAX_PER_OWNER} subscriptions. */
public class SubscriptionLimitReachedException extends DomainException {

    public SubscriptionLimitReachedException() {
        super("At most " + Subscription.MAX_PER_OWNER + " webhook subscriptions per user; delete one first");
    }
}
