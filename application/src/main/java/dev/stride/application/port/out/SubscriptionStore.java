package dev.stride.application.port.out;

import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionId;
import dev.stride.domain.webhook.WebhookEventType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where webhook subscriptions live. Writes run inside {@link Transactions#inTransaction}. */
public interface SubscriptionStore {

    void insert(Subscription subscription);

    /**
     * How many subscriptions, active or disabled, the owner has. Holds a lock until the transaction ends that
     * makes a concurrent call for the same owner wait, so two creates cannot both pass the limit.
     */
    int countForUpdate(UserId owner);

    /** The owner's subscriptions, oldest first. */
    Page<Subscription> list(UserId owner, PageRequest page);

    Optional<Subscription> find(UserId owner, SubscriptionId id);

    /** For the delivery workers, whoever the owner is. */
    Optional<Subscription> findById(SubscriptionId id);

    /** The owner's active subscriptions that want this event: whom a change must be told to. */
    List<Subscription> findActive(UserId owner, WebhookEventType type);

    /** Removes the subscription and every delivery of it; false when the owner has no such subscription. */
    boolean delete(UserId owner, SubscriptionId id);

    /** Marks the subscription disabled (its receiver answered 410), if it still exists. */
    void disable(SubscriptionId id, Instant at);
}
