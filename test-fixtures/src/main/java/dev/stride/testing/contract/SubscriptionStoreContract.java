package dev.stride.testing.contract;

import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static dev.stride.testing.contract.WebhookFixtures.anHourOfItsOwn;
import static dev.stride.testing.contract.WebhookFixtures.pending;
import static dev.stride.testing.contract.WebhookFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionId;
import dev.stride.domain.webhook.WebhookEventType;
import dev.stride.testing.Latches;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionStore} must do. */
public abstract class SubscriptionStoreContract {

    protected abstract SubscriptionStore subscriptions();

    protected abstract DeliveryStore deliveries();

    protected abstract UserStore users();

    protected abstract Transactions transactions();

    @Test
    void insertedSubscriptionIsFoundByItsOwnerWithEveryField() {
        UserId owner = newOwner();
        Subscription subscription = subscription(owner, anHourOfItsOwn(), WebhookEventType.ACTIVITY_CREATED,
                WebhookEventType.ACTIVITY_RESTORED);

        insert(subscription);

        assertThat(subscriptions().find(owner, subscription.id())).contains(subscription);
        assertThat(subscriptions().findById(subscription.id())).contains(subscription);
    }

    @Test
    void anotherUserFindsNothing() {
        Subscription subscription = subscription(newOwner(), anHourOfItsOwn());
        insert(subscription);

        assertThat(subscriptions().find(newOwner(), subscription.id())).isEmpty();
        assertThat(subscriptions().find(subscription.owner(), SubscriptionId.newId())).isEmpty();
    }

    @Test
    void listsTheOwnersSubscriptionsOldestFirstInPages() {
        UserId owner = newOwner();
        Instant start = anHourOfItsOwn();
        Subscription second = subscription(owner, start.plusSeconds(2));
        Subscription first = subscription(owner, start.plusSeconds(1));
        Subscription third = subscription(owner, start.plusSeconds(3));
        insert(second);
        insert(third);
        insert(first);
        insert(subscription(newOwner(), start));

        var page1 = subscriptions().list(owner, new PageRequest(1, 2));
        var page2 = subscriptions().list(owner, new PageRequest(2, 2));

        assertThat(page1.items()).containsExactly(first, second);
        assertThat(page2.items()).containsExactly(third);
        assertThat(page1.total()).isEqualTo(3);
    }

    @Test
    void countsActiveAndDisabledSubscriptionsOfTheOwner() {
        UserId owner = newOwner();
        Subscription one = subscription(owner, anHourOfItsOwn());
        insert(one);
        insert(subscription(owner, one.createdAt().plusSeconds(1)));
        insert(subscription(newOwner(), one.createdAt()));
        subscriptions().disable(one.id(), one.createdAt().plusSeconds(5));

        assertThat(transactions().inTransaction(() -> subscriptions().countForUpdate(owner))).isEqualTo(2);
    }

    @Test
    void activeSubscriptionsAreThoseThatWantTheEventAndAreNotDisabled() {
        UserId owner = newOwner();
        Instant start = anHourOfItsOwn();
        Subscription created = subscription(owner, start, WebhookEventType.ACTIVITY_CREATED);
        Subscription everything = subscription(owner, start.plusSeconds(1));
        Subscription deletedOnly = subscription(owner, start.plusSeconds(2), WebhookEventType.ACTIVITY_DELETED);
        Subscription disabled = subscription(owner, start.plusSeconds(3));
        insert(created);
        insert(everything);
        insert(deletedOnly);
        insert(disabled);
        insert(subscription(newOwner(), start));
        subscriptions().disable(disabled.id(), start.plusSeconds(10));

        assertThat(subscriptions().findActive(owner, WebhookEventType.ACTIVITY_CREATED))
                .containsExactly(created, everything);
        assertThat(subscriptions().findActive(owner, WebhookEventType.ACTIVITY_UPDATED)).containsExactly(everything);
    }

    @Test
    void disablingKeepsTheFirstTime() {
        Subscription subscription = subscription(newOwner(), anHourOfItsOwn());
        insert(subscription);
        Instant first = subscription.createdAt().plusSeconds(60);

        subscriptions().disable(subscription.id(), first);
        subscriptions().disable(subscription.id(), first.plusSeconds(60));
        subscriptions().disable(SubscriptionId.newId(), first);

        Subscription found = subscriptions().findById(subscription.id()).orElseThrow();
        assertThat(found.disabledAt()).isEqualTo(first);
        assertThat(found.isActive()).isFalse();
    }

    @Test
    void deletingRemovesTheSubscriptionAndItsDeliveriesOnlyForItsOwner() {
        UserId owner = newOwner();
        Subscription subscription = subscription(owner, anHourOfItsOwn());
        insert(subscription);
        Delivery delivery = pending(subscription, subscription.createdAt());
        transactions().inTransaction(() -> deliveries().enqueue(delivery));

        assertThat(transactions().inTransaction(() -> subscriptions().delete(newOwner(), subscription.id())))
                .isFalse();
        assertThat(subscriptions().findById(subscription.id())).isPresent();

        assertThat(transactions().inTransaction(() -> subscriptions().delete(owner, subscription.id()))).isTrue();
        assertThat(subscriptions().findById(subscription.id())).isEmpty();
        assertThat(deliveries().find(subscription.id(), delivery.id())).isEmpty();
        assertThat(transactions().inTransaction(() -> subscriptions().delete(owner, subscription.id()))).isFalse();
    }

    @Test
    void countingForUpdateMakesAConcurrentCountForTheSameOwnerWait() throws Exception {
        UserId owner = newOwner();
        Instant start = anHourOfItsOwn();
        CountDownLatch counted = new CountDownLatch(1);
        CountDownLatch insertNow = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> transactions().inTransaction(() -> {
            int count = subscriptions().countForUpdate(owner);
            counted.countDown();
            Latches.await(insertNow);
            subscriptions().insert(subscription(owner, start));
            return count;
        }));
        Latches.await(counted);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                () -> transactions().inTransaction(() -> subscriptions().countForUpdate(owner)));

        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS))
                .as("the second count waits for the first transaction").isInstanceOf(TimeoutException.class);
        insertNow.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(second.get(10, TimeUnit.SECONDS)).as("and then sees its insert").isEqualTo(1);
    }

    @Test
    void aRolledBackInsertLeavesNothing() {
        Subscription subscription = subscription(newOwner(), anHourOfItsOwn());

        try {
            transactions().inTransaction(() -> {
                subscriptions().insert(subscription);
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // what the test wants
        }

        assertThat(subscriptions().findById(subscription.id())).isEmpty();
    }

    protected UserId newOwner() {
        User user = freshUser();
        transactions().inTransaction(() -> users().insert(user));
        return user.id();
    }

    protected void insert(Subscription subscription) {
        transactions().inTransaction(() -> subscriptions().insert(subscription));
    }
}
