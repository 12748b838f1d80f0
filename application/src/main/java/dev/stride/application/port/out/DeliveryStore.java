package dev.stride.application.port.out;

import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.SubscriptionId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: every delivery, from the moment its event is recorded (in the transaction of the change that caused
 * it) until it is delivered or has failed. Workers of several replicas share it: a worker claims due deliveries for
 * a lease, and no other worker gets them until the claimant records them or the lease runs out (the claimant
 * died). Writes of {@link #enqueue} run inside {@link Transactions#inTransaction}; the others are their own unit.
 */
public interface DeliveryStore {

    void enqueue(Delivery delivery);

    /**
     * Claims up to {@code max} pending deliveries due at {@code now} that nobody holds, oldest due first, for
     * {@code claimant} until {@code leaseUntil}. Concurrent claimants never get the same delivery.
     */
    List<Delivery> claimDue(Instant now, int max, String claimant, Instant leaseUntil);

    /**
     * Stores a claimed delivery's new state and ends the claim, if {@code claimant} still holds it. False when it
     * does not (its lease ran out and another worker took the delivery over, or it was deleted): the state is
     * then left as the other party made it.
     */
    boolean complete(Delivery delivery, String claimant);

    /**
     * Puts off every pending delivery of the subscription due before {@code until} that nobody but
     * {@code claimant} holds: due at {@code until}, unclaimed, otherwise unchanged (no attempt is used up). One
     * statement for a receiver's whole backlog, so an open breaker does not make the workers touch each delivery.
     *
     * @return how many deliveries were put off
     */
    int postponeAll(SubscriptionId subscription, Instant until, String claimant);

    /** Gives claimed deliveries back unchanged (a worker stopping), so any worker may claim them at once. */
    void release(Collection<DeliveryId> ids, String claimant);

    /** Stores a delivery's new state whoever holds it (a redelivery asked for by its owner). */
    void save(Delivery delivery);

    Optional<Delivery> find(SubscriptionId subscription, DeliveryId id);

    /** A subscription's deliveries, newest first. */
    Page<Delivery> list(SubscriptionId subscription, PageRequest page);

    /** How much is waiting: for the operators' gauges and alerts. */
    DeliveryBacklog backlog();

    /** Removes delivered and failed deliveries created before {@code cutoff}; how many went. */
    int removeFinishedBefore(Instant cutoff);
}
