package dev.stride.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.DeliveryNotFoundException;
import dev.stride.application.port.in.WebhookNotFoundException;
import dev.stride.application.port.out.WebhookSender.SendResult;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.DeliveryStatus;
import dev.stride.domain.webhook.RetryPolicy;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionDisabledException;
import dev.stride.domain.webhook.SubscriptionId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Listing, deleting and redelivering: owner only, and another user's ids are simply not found. */
class WebhookQueriesTest {

    private final WebhookWorld world = new WebhookWorld();
    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private final ListWebhooksService list = new ListWebhooksService(world.subscriptions);
    private final DeleteWebhookService delete = new DeleteWebhookService(world.subscriptions, world.transactions);
    private final ListDeliveriesService deliveries = new ListDeliveriesService(world.subscriptions,
            world.deliveries);
    private final RedeliverService redeliver = new RedeliverService(world.subscriptions, world.deliveries,
            world.time, world.wakeUp);

    @Test
    void eachUserListsOnlyTheirOwnSubscriptions() {
        Subscription first = world.subscribe(ann, "https://hooks.example.com/1", "activity.created");
        world.time.advance(Duration.ofSeconds(1));
        Subscription second = world.subscribe(ann, "https://hooks.example.com/2", "activity.deleted");
        world.subscribe(bob, "https://hooks.example.com/bob", "activity.created");

        assertThat(list.list(ann, PageRequest.firstPage()).items()).containsExactly(first, second);
        assertThat(list.list(bob, PageRequest.firstPage()).total()).isEqualTo(1);
    }

    @Test
    void deletingStopsEverythingAndAnotherUsersIdIsNotFound() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/1", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));

        assertThatThrownBy(() -> delete.delete(bob, subscription.id())).isInstanceOf(WebhookNotFoundException.class);
        delete.delete(ann, subscription.id());

        assertThat(world.deliverer(RetryPolicy.DEFAULT).deliverDue("worker", 10, () -> false)).isZero();
        assertThatThrownBy(() -> delete.delete(ann, subscription.id())).isInstanceOf(WebhookNotFoundException.class);
    }

    @Test
    void deliveriesAreListedNewestFirstForTheOwnerOnly() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/1", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        world.time.advance(Duration.ofSeconds(1));
        world.createActivity().create(ann, WebhookWorld.run(40));

        assertThat(deliveries.list(ann, subscription.id(), new PageRequest(1, 1)).total()).isEqualTo(2);
        assertThat(deliveries.list(ann, subscription.id(), PageRequest.firstPage()).items())
                .extracting(Delivery::payload).first().asString().contains("\"version\":1");
        assertThatThrownBy(() -> deliveries.list(bob, subscription.id(), PageRequest.firstPage()))
                .isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> deliveries.list(ann, SubscriptionId.newId(), PageRequest.firstPage()))
                .isInstanceOf(WebhookNotFoundException.class);
    }

    @Test
    void aRedeliveryIsDueAtOnceWithItsScheduleRenewedAndItsId() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/1", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        DeliverWebhooksService deliver = world.deliverer(new RetryPolicy(1, Duration.ofSeconds(1), 2,
                Duration.ofSeconds(1)));
        world.receiver.answering(SendResult.status(500));
        deliver.deliverDue("worker", 10, () -> false);
        Delivery failed = world.only(subscription);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        int wakeUps = world.wakeUp.calls();

        Delivery queued = redeliver.redeliver(ann, subscription.id(), failed.id());

        assertThat(queued.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.nextAttemptAt()).isEqualTo(world.time.now());
        assertThat(world.wakeUp.calls()).isEqualTo(wakeUps + 1);
        deliver.deliverDue("worker", 10, () -> false);
        assertThat(world.only(subscription).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(world.receiver.sent()).extracting(sent -> sent.headers().get("webhook-id"))
                .containsOnly(failed.id().toString());
    }

    @Test
    void redeliveringSomethingUnknownOrSomeoneElsesIsNotFound() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/1", "activity.created");
        Subscription other = world.subscribe(ann, "https://hooks.example.com/2", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        Delivery delivery = world.only(subscription);

        assertThatThrownBy(() -> redeliver.redeliver(bob, subscription.id(), delivery.id()))
                .isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> redeliver.redeliver(ann, subscription.id(), DeliveryId.newId()))
                .isInstanceOf(DeliveryNotFoundException.class);
        assertThatThrownBy(() -> redeliver.redeliver(ann, other.id(), delivery.id()))
                .as("a delivery of another subscription").isInstanceOf(DeliveryNotFoundException.class);
    }

    @Test
    void aDisabledSubscriptionCannotBeRedeliveredTo() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/1", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        world.subscriptions.disable(subscription.id(), world.time.now());

        assertThatThrownBy(() -> redeliver.redeliver(ann, subscription.id(), world.only(subscription).id()))
                .isInstanceOf(SubscriptionDisabledException.class);
    }
}
