package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.DeliveryBacklog;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.DeliveryStatus;
import dev.stride.domain.webhook.SubscriptionId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in a map, each delivery with its claim. Every method is atomic, so claims never overlap. */
public class InMemoryDeliveryStore implements DeliveryStore, MemoryParticipant {

    static final Comparator<Delivery> NEWEST_FIRST = Comparator.comparing(Delivery::createdAt).reversed()
            .thenComparing(delivery -> delivery.id().toString(), Comparator.reverseOrder());

    private record Row(Delivery delivery, String claimant, Instant leaseUntil) {

        boolean heldBy(String someone) {
            return claimant != null && claimant.equals(someone);
        }
    }

    private final Map<DeliveryId, Row> rows = new HashMap<>();

    @Override
    public synchronized void enqueue(Delivery delivery) {
        if (rows.putIfAbsent(delivery.id(), new Row(delivery, null, null)) != null) {
            throw new IllegalStateException("delivery " + delivery.id() + " already exists");
        }
    }

    @Override
    public synchronized List<Delivery> claimDue(Instant now, int max, String claimant, Instant leaseUntil) {
        List<Delivery> due = rows.values().stream()
                .filter(row -> row.delivery().isDue(now))
                .filter(row -> row.claimant() == null || !row.leaseUntil().isAfter(now))
                .map(Row::delivery)
                .sorted(Comparator.comparing(Delivery::nextAttemptAt).thenComparing(d -> d.id().toString()))
                .limit(max)
                .toList();
        due.forEach(delivery -> rows.put(delivery.id(), new Row(delivery, claimant, leaseUntil)));
        return due;
    }

    @Override
    public synchronized boolean complete(Delivery delivery, String claimant) {
        Row row = rows.get(delivery.id());
        if (row == null || !row.heldBy(claimant)) {
            return false;
        }
        rows.put(delivery.id(), new Row(delivery, null, null));
        return true;
    }

    @Override
    public synchronized int postponeAll(SubscriptionId subscription, Instant until, String claimant) {
        int count = 0;
        for (Row row : List.copyOf(rows.values())) {
            Delivery delivery = row.delivery();
            if (delivery.subscriptionId().equals(subscription) && delivery.status() == DeliveryStatus.PENDING
                    && delivery.nextAttemptAt().isBefore(until) && (row.claimant() == null || row.heldBy(claimant))) {
                rows.put(delivery.id(), new Row(new Delivery(delivery.id(), delivery.subscriptionId(),
                        delivery.owner(), delivery.eventType(), delivery.payload(), delivery.requestId(),
                        delivery.status(), delivery.attempts(), delivery.lastStatusCode(), delivery.lastError(), until,
                        delivery.createdAt(), delivery.deliveredAt()), null, null));
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized void release(Collection<DeliveryId> ids, String claimant) {
        for (DeliveryId id : ids) {
            Row row = rows.get(id);
            if (row != null && row.heldBy(claimant)) {
                rows.put(id, new Row(row.delivery(), null, null));
            }
        }
    }

    @Override
    public synchronized void save(Delivery delivery) {
        Row row = rows.get(delivery.id());
        if (row != null) {
            rows.put(delivery.id(), new Row(delivery, row.claimant(), row.leaseUntil()));
        }
    }

    @Override
    public synchronized Optional<Delivery> find(SubscriptionId subscription, DeliveryId id) {
        return Optional.ofNullable(rows.get(id)).map(Row::delivery)
                .filter(delivery -> delivery.subscriptionId().equals(subscription));
    }

    @Override
    public synchronized Page<Delivery> list(SubscriptionId subscription, PageRequest page) {
        List<Delivery> all = rows.values().stream().map(Row::delivery)
                .filter(delivery -> delivery.subscriptionId().equals(subscription))
                .sorted(NEWEST_FIRST).toList();
        List<Delivery> items = all.stream().skip(page.offset()).limit(page.limit()).toList();
        return Page.of(items, page, all.size());
    }

    @Override
    public synchronized DeliveryBacklog backlog() {
        List<Delivery> pending = rows.values().stream().map(Row::delivery)
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING).toList();
        Instant oldest = pending.stream().map(Delivery::createdAt).min(Comparator.naturalOrder()).orElse(null);
        return new DeliveryBacklog(pending.size(), oldest);
    }

    @Override
    public synchronized int removeFinishedBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(row -> row.delivery().status() != DeliveryStatus.PENDING
                && row.delivery().createdAt().isBefore(cutoff));
        return before - rows.size();
    }

    /** For the subscription store: a deleted subscription takes its deliveries with it. */
    synchronized void removeAllOf(SubscriptionId subscription) {
        rows.values().removeIf(row -> row.delivery().subscriptionId().equals(subscription));
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows.clear();
        rows.putAll((Map<DeliveryId, Row>) snapshot);
    }
}
