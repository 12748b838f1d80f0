package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionId;
import dev.stride.domain.webhook.WebhookEventType;
import io.micrometer.core.annotation.Timed;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook subscriptions; deleting one deletes its deliveries with it (the foreign key cascades). */
@ApplicationScoped
public class PanacheSubscriptionStore implements SubscriptionStore {

    private static final Sort OLDEST_FIRST = Sort.ascending("createdAt", "id");

    private final PanacheTransactions transactions;

    PanacheSubscriptionStore(PanacheTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "webhook.insert"})
    public void insert(Subscription subscription) {
        WebhookMapper.toNewEntity(subscription).persist();
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "webhook.count"})
    public int countForUpdate(UserId owner) {
        // The owner's row is the lock: concurrent creates for one owner take turns, other owners are not held up.
        UserEntity.findByIdOptional(owner.value(), LockModeType.PESSIMISTIC_WRITE);
        return (int) SubscriptionEntity.count("ownerId", owner.value());
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "webhook.list"})
    public Page<Subscription> list(UserId owner, PageRequest page) {
        return transactions.read(() -> {
            PanacheQuery<SubscriptionEntity> query = SubscriptionEntity.find("ownerId", OLDEST_FIRST, owner.value());
            long total = query.count();
            List<Subscription> items = query.page(page.page() - 1, page.limit()).list().stream()
                    .map(WebhookMapper::toDomain).toList();
            return Page.of(items, page, total);
        });
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "webhook.find"})
    public Optional<Subscription> find(UserId owner, SubscriptionId id) {
        return findById(id).filter(subscription -> subscription.isOwnedBy(owner));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "webhook.find"})
    public Optional<Subscription> findById(SubscriptionId id) {
        return transactions.read(() -> SubscriptionEntity.<SubscriptionEntity>findByIdOptional(id.value())
                .map(WebhookMapper::toDomain));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "webhook.active"})
    public List<Subscription> findActive(UserId owner, WebhookEventType type) {
        // An owner has at most a handful of subscriptions: filtering the events here beats parsing them in SQL.
        return transactions.read(() -> SubscriptionEntity.<SubscriptionEntity>find(
                        "ownerId = ?1 and disabledAt is null", OLDEST_FIRST, owner.value()).list().stream()
                .map(WebhookMapper::toDomain)
                .filter(subscription -> subscription.wants(type))
                .toList());
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "webhook.delete"})
    public boolean delete(UserId owner, SubscriptionId id) {
        // A bulk delete, so the database's cascade removes the deliveries.
        return SubscriptionEntity.delete("id = ?1 and ownerId = ?2", id.value(), owner.value()) > 0;
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "webhook.disable"})
    public void disable(SubscriptionId id, Instant at) {
        transactions.inTransaction(() -> SubscriptionEntity.update(
                "disabledAt = ?1 where id = ?2 and disabledAt is null", at, id.value()));
    }
}
