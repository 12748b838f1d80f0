package dev.stride.testing.contract;

import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static dev.stride.testing.contract.WebhookFixtures.anHourOfItsOwn;
import static dev.stride.testing.contract.WebhookFixtures.pending;
import static dev.stride.testing.contract.WebhookFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.DeliveryBacklog;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.User;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.RetryPolicy;
import dev.stride.domain.webhook.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryStore} (the outbox) must do. Each test works in an hour of its own, earlier than any
 * other test's, so deliveries other tests left in a shared store are never due when this one claims.
 */
public abstract class DeliveryStoreContract {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final RandomGenerator HALF = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0.5;
        }
    };

    protected abstract DeliveryStore deliveries();

    protected abstract SubscriptionStore subscriptions();

    protected abstract UserStore users();

    protected abstract Transactions transactions();

    @Test
    void enqueuedDeliveryIsFoundWithEveryField() {
        Subscription subscription = newSubscription();
        Delivery delivery = pending(subscription, subscription.createdAt());

        enqueue(delivery);

        assertThat(deliveries().find(subscription.id(), delivery.id())).contains(delivery);
        assertThat(deliveries().find(newSubscription().id(), delivery.id())).isEmpty();
    }

    @Test
    void listsASubscriptionsDeliveriesNewestFirstInPages() {
        Subscription subscription = newSubscription();
        Instant start = subscription.createdAt();
        Delivery old = pending(subscription, start);
        Delivery middle = pending(subscription, start.plusSeconds(1));
        Delivery recent = pending(subscription, start.plusSeconds(2));
        enqueue(middle);
        enqueue(recent);
        enqueue(old);
        enqueue(pending(newSubscription(), start.plusSeconds(3)));

        var first = deliveries().list(subscription.id(), new PageRequest(1, 2));
        var second = deliveries().list(subscription.id(), new PageRequest(2, 2));

        assertThat(first.items()).containsExactly(recent, middle);
        assertThat(second.items()).containsExactly(old);
        assertThat(first.total()).isEqualTo(3);
    }

    @Test
    void claimsDuePendingDeliveriesOldestDueFirstUpToTheMaximum() {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt().plusSeconds(600);
        Delivery dueFirst = pending(subscription, now.minusSeconds(300));
        Delivery dueSecond = pending(subscription, now.minusSeconds(200));
        Delivery dueThird = pending(subscription, now.minusSeconds(100));
        Delivery notYetDue = pending(subscription, now.plusSeconds(1));
        Delivery delivered = pending(subscription, now.minusSeconds(400)).delivered(200, now.minusSeconds(399));
        List.of(dueThird, notYetDue, dueFirst, delivered, dueSecond).forEach(this::enqueue);

        List<Delivery> claimed = deliveries().claimDue(now, 2, "worker-a", now.plus(LEASE));

        assertThat(claimed).containsExactly(dueFirst, dueSecond);
        assertThat(deliveries().claimDue(now, 10, "worker-b", now.plus(LEASE))).containsExactly(dueThird);
        assertThat(deliveries().claimDue(now, 10, "worker-c", now.plus(LEASE))).isEmpty();
    }

    @Test
    void aClaimedDeliveryIsNobodyElsesUntilItsLeaseRunsOut() {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt();
        Delivery delivery = pending(subscription, now);
        enqueue(delivery);
        deliveries().claimDue(now, 10, "worker-a", now.plus(LEASE));

        assertThat(deliveries().claimDue(now.plus(LEASE).minusMillis(1), 10, "worker-b",
                now.plus(LEASE).plus(LEASE))).isEmpty();
        assertThat(deliveries().claimDue(now.plus(LEASE), 10, "worker-b", now.plus(LEASE).plus(LEASE)))
                .as("the claimant died: after its lease, another worker takes over").containsExactly(delivery);
        assertThat(deliveries().complete(delivery.delivered(200, now.plus(LEASE)), "worker-a"))
                .as("the first claimant no longer holds it").isFalse();
    }

    @Test
    void completingStoresTheNewStateAndEndsTheClaim() {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt();
        Delivery delivery = pending(subscription, now);
        enqueue(delivery);
        deliveries().claimDue(now, 10, "worker-a", now.plus(LEASE));
        Delivery retrying = delivery.attemptFailed(503, null, now.plusSeconds(1), RetryPolicy.DEFAULT, HALF);

        assertThat(deliveries().complete(retrying, "worker-b")).as("not its claim").isFalse();
        assertThat(deliveries().find(subscription.id(), delivery.id())).contains(delivery);
        assertThat(deliveries().complete(retrying, "worker-a")).isTrue();

        assertThat(deliveries().find(subscription.id(), delivery.id())).contains(retrying);
        assertThat(deliveries().claimDue(retrying.nextAttemptAt().minusMillis(1), 10, "worker-b", now.plus(LEASE)))
                .isEmpty();
        assertThat(deliveries().claimDue(retrying.nextAttemptAt(), 10, "worker-b", now.plus(LEASE)))
                .as("claimable again when its next attempt is due").containsExactly(retrying);
    }

    @Test
    void everyOutcomeIsStoredAsIs() {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt();
        Delivery failed = pending(subscription, now);
        Delivery delivered = pending(subscription, now.plusMillis(1));
        enqueue(failed);
        enqueue(delivered);
        deliveries().claimDue(now.plusSeconds(1), 10, "worker-a", now.plus(LEASE));
        Delivery gaveUp = failed.attemptFailed(null, "connection refused: " + "x".repeat(600), now.plusSeconds(2),
                new RetryPolicy(1, Duration.ofSeconds(1), 2, Duration.ofSeconds(1)), HALF);
        Delivery done = delivered.delivered(204, now.plusSeconds(2));

        deliveries().complete(gaveUp, "worker-a");
        deliveries().complete(done, "worker-a");

        assertThat(deliveries().find(subscription.id(), failed.id())).contains(gaveUp);
        assertThat(deliveries().find(subscription.id(), delivered.id())).contains(done);
    }

    @Test
    void releasedDeliveriesCanBeClaimedAtOnce() {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt();
        Delivery one = pending(subscription, now);
        Delivery two = pending(subscription, now.plusMillis(1));
        enqueue(one);
        enqueue(two);
        deliveries().claimDue(now.plusSeconds(1), 10, "worker-a", now.plus(LEASE));

        deliveries().release(List.of(two.id()), "worker-b");
        assertThat(deliveries().claimDue(now.plusSeconds(1), 10, "worker-b", now.plus(LEASE)))
                .as("only the claimant can release").isEmpty();
        deliveries().release(List.of(one.id(), two.id()), "worker-a");
        deliveries().release(List.of(), "worker-a");

        assertThat(deliveries().claimDue(now.plusSeconds(1), 10, "worker-b", now.plus(LEASE)))
                .containsExactly(one, two);
    }

    @Test
    void puttingOffASubscriptionsBacklogMovesOnlyWhatNobodyElseHolds() {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt();
        Instant until = now.plusSeconds(60);
        Delivery mine = pending(subscription, now);
        Delivery unclaimed = pending(subscription, now.plusMillis(1));
        Delivery theirs = pending(subscription, now.plusMillis(2));
        Delivery laterAnyway = pending(subscription, now.plusSeconds(90));
        Delivery done = pending(subscription, now.plusMillis(3)).delivered(200, now.plusSeconds(1));
        Delivery otherSubscription = pending(newSubscription(), now.plusMillis(5));
        List.of(mine, unclaimed, theirs, laterAnyway, done, otherSubscription).forEach(this::enqueue);
        deliveries().claimDue(now, 1, "worker-a", now.plus(LEASE));
        deliveries().claimDue(now.plusMillis(2), 2, "worker-b", now.plus(LEASE));
        deliveries().release(List.of(unclaimed.id()), "worker-b");

        assertThat(deliveries().postponeAll(subscription.id(), until, "worker-a")).isEqualTo(2);

        assertThat(deliveries().find(subscription.id(), mine.id()).orElseThrow().nextAttemptAt()).isEqualTo(until);
        assertThat(deliveries().find(subscription.id(), unclaimed.id()).orElseThrow().nextAttemptAt())
                .isEqualTo(until);
        assertThat(deliveries().find(subscription.id(), mine.id()).orElseThrow().attempts()).isZero();
        assertThat(deliveries().find(subscription.id(), theirs.id())).contains(theirs);
        assertThat(deliveries().find(subscription.id(), laterAnyway.id())).contains(laterAnyway);
        assertThat(deliveries().find(subscription.id(), done.id())).contains(done);
        assertThat(deliveries().find(otherSubscription.subscriptionId(), otherSubscription.id()))
                .contains(otherSubscription);
        assertThat(deliveries().claimDue(until.minusMillis(1), 10, "worker-c", until.plus(LEASE)))
                .extracting(Delivery::id).containsExactly(otherSubscription.id());
        assertThat(deliveries().claimDue(until, 10, "worker-c", until.plus(LEASE)))
                .as("due at the breaker's time, and no longer held").extracting(Delivery::id)
                .containsExactlyInAnyOrder(mine.id(), unclaimed.id());
    }

    @Test
    void concurrentClaimantsNeverGetTheSameDelivery() throws Exception {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt().plusSeconds(60);
        Set<DeliveryId> enqueued = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            Delivery delivery = pending(subscription, subscription.createdAt().plusMillis(i));
            enqueue(delivery);
            enqueued.add(delivery.id());
        }
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<DeliveryId>>> claimants = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String name = "worker-" + w;
                claimants.add(() -> {
                    List<DeliveryId> mine = new ArrayList<>();
                    List<Delivery> batch;
                    while (!(batch = deliveries().claimDue(now, 3, name, now.plus(LEASE))).isEmpty()) {
                        batch.forEach(delivery -> mine.add(delivery.id()));
                    }
                    return mine;
                });
            }
            List<DeliveryId> all = new ArrayList<>();
            for (Future<List<DeliveryId>> claimed : workers.invokeAll(claimants)) {
                all.addAll(claimed.get());
            }
            assertThat(all).doesNotHaveDuplicates();
            assertThat(new HashSet<>(all)).isEqualTo(enqueued);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void savingARedeliveryMakesItDueWhoeverHoldsIt() {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt();
        Delivery delivery = pending(subscription, now);
        enqueue(delivery);
        deliveries().claimDue(now, 10, "worker-a", now.plus(LEASE));
        Delivery done = delivery.delivered(200, now.plusSeconds(1));
        deliveries().complete(done, "worker-a");

        Delivery again = done.redeliver(now.plusSeconds(30));
        deliveries().save(again);

        assertThat(deliveries().find(subscription.id(), delivery.id())).contains(again);
        assertThat(deliveries().claimDue(now.plusSeconds(30), 10, "worker-b", now.plus(LEASE)))
                .containsExactly(again);
    }

    @Test
    void theBacklogCountsPendingDeliveriesAndKnowsTheOldest() {
        DeliveryBacklog before = deliveries().backlog();
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt();
        enqueue(pending(subscription, now.plusSeconds(5)));
        enqueue(pending(subscription, now));
        enqueue(pending(subscription, now.minusSeconds(5)).delivered(200, now));

        DeliveryBacklog after = deliveries().backlog();

        assertThat(after.pending()).isEqualTo(before.pending() + 2);
        assertThat(after.oldestCreatedAt()).isNotNull();
        assertThat(after.oldestCreatedAt()).isBeforeOrEqualTo(now);
    }

    @Test
    void removesOnlyFinishedDeliveriesOlderThanTheCutoff() {
        Subscription subscription = newSubscription();
        Instant now = subscription.createdAt();
        Delivery oldDelivered = pending(subscription, now).delivered(200, now.plusSeconds(1));
        Delivery oldPending = pending(subscription, now.plusMillis(1));
        Delivery recentDelivered = pending(subscription, now.plusSeconds(20)).delivered(200, now.plusSeconds(21));
        List.of(oldDelivered, oldPending, recentDelivered).forEach(this::enqueue);

        assertThat(deliveries().removeFinishedBefore(now.plusSeconds(10))).isGreaterThanOrEqualTo(1);

        assertThat(deliveries().find(subscription.id(), oldDelivered.id())).isEmpty();
        assertThat(deliveries().find(subscription.id(), oldPending.id())).isPresent();
        assertThat(deliveries().find(subscription.id(), recentDelivered.id())).isPresent();
    }

    @Test
    void aRolledBackChangeLeavesNoDelivery() {
        Subscription subscription = newSubscription();
        Delivery delivery = pending(subscription, subscription.createdAt());

        try {
            transactions().inTransaction(() -> {
                deliveries().enqueue(delivery);
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // what the test wants
        }

        assertThat(deliveries().find(subscription.id(), delivery.id())).isEmpty();
    }

    private Subscription newSubscription() {
        User user = freshUser();
        transactions().inTransaction(() -> users().insert(user));
        Subscription subscription = subscription(user.id(), anHourOfItsOwn());
        transactions().inTransaction(() -> subscriptions().insert(subscription));
        return subscription;
    }

    private void enqueue(Delivery delivery) {
        transactions().inTransaction(() -> deliveries().enqueue(delivery));
    }
}
