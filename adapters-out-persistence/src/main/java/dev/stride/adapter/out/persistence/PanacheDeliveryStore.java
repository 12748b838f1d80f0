package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DeliveryBacklog;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.DeliveryStatus;
import dev.stride.domain.webhook.SubscriptionId;
import io.micrometer.core.annotation.Timed;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox table. Claims use {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both have it): two
 * workers polling at the same moment each get rows the other did not lock, instead of queueing behind each other
 * or taking the same rows; the claim itself is the {@code claimed_by} and {@code lease_until} columns, so it
 * outlasts the short claiming transaction.
 */
@ApplicationScoped
public class PanacheDeliveryStore implements DeliveryStore {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");
    private static final String PENDING = DeliveryStatus.PENDING.code();

    private final PanacheTransactions transactions;
    private final EntityManager entityManager;

    PanacheDeliveryStore(PanacheTransactions transactions, EntityManager entityManager) {
        this.transactions = transactions;
        this.entityManager = entityManager;
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.enqueue"})
    public void enqueue(Delivery delivery) {
        WebhookMapper.toNewEntity(delivery).persist();
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.claim"})
    public List<Delivery> claimDue(Instant now, int max, String claimant, Instant leaseUntil) {
        return transactions.inTransaction(() -> {
            // Typed, so that both drivers' uuid columns (PostgreSQL: a UUID, H2: its bytes) come back as UUIDs.
            @SuppressWarnings("unchecked")
            List<UUID> claimed = entityManager.createNativeQuery("""
                    select id from webhook_deliveries
                    where status = :pending and next_attempt_at <= :now
                      and (lease_until is null or lease_until <= :now)
                    order by next_attempt_at
                    limit :max
                    for update skip locked""", UUID.class)
                    .setParameter("pending", PENDING)
                    .setParameter("now", now)
                    .setParameter("max", max)
                    .getResultList();
            if (claimed.isEmpty()) {
                return List.of();
            }
            DeliveryEntity.update("claimedBy = :claimant, leaseUntil = :lease where id in :ids",
                    Parameters.with("claimant", claimant).and("lease", leaseUntil).and("ids", claimed));
            return DeliveryEntity.<DeliveryEntity>list("id in ?1", Sort.ascending("nextAttemptAt", "id"), claimed)
                    .stream().map(WebhookMapper::toDomain).toList();
        });
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.complete"})
    public boolean complete(Delivery delivery, String claimant) {
        return transactions.inTransaction(() -> DeliveryEntity.update("""
                status = :status, attempts = :attempts, lastStatusCode = :code, lastError = :error,
                nextAttemptAt = :next, deliveredAt = :delivered, claimedBy = null, leaseUntil = null
                where id = :id and claimedBy = :claimant""",
                Parameters.with("status", delivery.status().code())
                        .and("attempts", delivery.attempts())
                        .and("code", delivery.lastStatusCode())
                        .and("error", delivery.lastError())
                        .and("next", delivery.nextAttemptAt())
                        .and("delivered", delivery.deliveredAt())
                        .and("id", delivery.id().value())
                        .and("claimant", claimant)) > 0);
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.postpone"})
    public int postponeAll(SubscriptionId subscription, Instant until, String claimant) {
        return transactions.inTransaction(() -> DeliveryEntity.update("""
                nextAttemptAt = :until, claimedBy = null, leaseUntil = null
                where subscriptionId = :subscription and status = :pending and nextAttemptAt < :until
                  and (claimedBy is null or claimedBy = :claimant)""",
                Parameters.with("until", until).and("subscription", subscription.value()).and("pending", PENDING)
                        .and("claimant", claimant)));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.release"})
    public void release(Collection<DeliveryId> ids, String claimant) {
        if (ids.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> DeliveryEntity.update(
                "claimedBy = null, leaseUntil = null where id in :ids and claimedBy = :claimant",
                Parameters.with("ids", ids.stream().map(DeliveryId::value).toList()).and("claimant", claimant)));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.save"})
    public void save(Delivery delivery) {
        transactions.inTransaction(() -> DeliveryEntity.<DeliveryEntity>findByIdOptional(delivery.id().value())
                .ifPresent(entity -> WebhookMapper.copyChangeableState(delivery, entity)));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.find"})
    public Optional<Delivery> find(SubscriptionId subscription, DeliveryId id) {
        return transactions.read(() -> DeliveryEntity.<DeliveryEntity>findByIdOptional(id.value())
                .filter(entity -> entity.subscriptionId.equals(subscription.value()))
                .map(WebhookMapper::toDomain));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.list"})
    public Page<Delivery> list(SubscriptionId subscription, PageRequest page) {
        return transactions.read(() -> {
            PanacheQuery<DeliveryEntity> query = DeliveryEntity.find("subscriptionId", NEWEST_FIRST,
                    subscription.value());
            long total = query.count();
            List<Delivery> items = query.page(page.page() - 1, page.limit()).list().stream()
                    .map(WebhookMapper::toDomain).toList();
            return Page.of(items, page, total);
        });
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.backlog"})
    public DeliveryBacklog backlog() {
        return transactions.read(() -> {
            Object[] row = entityManager.createQuery(
                    "select count(d), min(d.createdAt) from DeliveryEntity d where d.status = :pending", Object[].class)
                    .setParameter("pending", PENDING)
                    .getSingleResult();
            return new DeliveryBacklog(((Number) row[0]).longValue(), (Instant) row[1]);
        });
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "delivery.cleanup"})
    public int removeFinishedBefore(Instant cutoff) {
        return transactions.inTransaction(() -> (int) DeliveryEntity.delete(
                "status <> ?1 and createdAt < ?2", PENDING, cutoff));
    }
}
