package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionId;
import dev.stride.domain.webhook.WebhookEventType;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Subscriptions in a map. The owner's lock of {@link #countForUpdate} is implied: {@link InMemoryTransactions}
 * runs one unit of work at a time.
 */
public class InMemorySubscriptionStore implements SubscriptionStore, MemoryParticipant {

    static final Comparator<Subscription> OLDEST_FIRST = Comparator.comparing(Subscription::createdAt)
            .thenComparing(subscription -> subscription.id().toString());

    private final Map<SubscriptionId, Subscription> subscriptions = new HashMap<>();
    private final InMemoryDeliveryStore deliveries;

    public InMemorySubscriptionStore(InMemoryDeliveryStore deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public synchronized void insert(Subscription subscription) {
        if (subscriptions.putIfAbsent(subscription.id(), subscription) != null) {
            throw new IllegalStateException("subscription " + subscription.id() + " already exists");
        }
    }

    @Override
    public synchronized int countForUpdate(UserId owner) {
        return (int) subscriptions.values().stream().filter(s -> s.isOwnedBy(owner)).count();
    }

    @Override
    public synchronized Page<Subscription> list(UserId owner, PageRequest page) {
        List<Subscription> all = subscriptions.values().stream().filter(s -> s.isOwnedBy(owner))
                .sorted(OLDEST_FIRST).toList();
        return Page.of(all.stream().skip(page.offset()).limit(page.limit()).toList(), page, all.size());
    }

    @Override
    public synchronized Optional<Subscription> find(UserId owner, SubscriptionId id) {
        return findById(id).filter(subscription -> subscription.isOwnedBy(owner));
    }

    @Override
    public synchronized Optional<Subscription> findById(SubscriptionId id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    @Override
    public synchronized List<Subscription> findActive(UserId owner, WebhookEventType type) {
        return subscriptions.values().stream()
                .filter(subscription -> subscription.isOwnedBy(owner) && subscription.wants(type))
                .sorted(OLDEST_FIRST).toList();
    }

    @Override
    public synchronized boolean delete(UserId owner, SubscriptionId id) {
        if (find(owner, id).isEmpty()) {
            return false;
        }
        subscriptions.remove(id);
        deliveries.removeAllOf(id);
        return true;
    }

    @Override
    public synchronized void disable(SubscriptionId id, Instant at) {
        subscriptions.computeIfPresent(id, (key, subscription) -> subscription.disable(at));
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(subscriptions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        subscriptions.clear();
        subscriptions.putAll((Map<SubscriptionId, Subscription>) snapshot);
    }
}
