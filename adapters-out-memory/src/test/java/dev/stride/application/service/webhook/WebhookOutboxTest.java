package dev.stride.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.VersionPrecondition;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryStatus;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.WebhookEventType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookOutboxTest {

    private final WebhookWorld world = new WebhookWorld();
    private final UserId ann = UserId.newId();

    @Test
    void aCreateRecordsOnePendingDeliveryPerSubscriptionThatWantsIt() {
        Subscription everything = world.subscribe(ann, "https://hooks.example.com/all", "activity.created",
                "activity.updated", "activity.deleted", "activity.restored");
        Subscription createdOnly = world.subscribe(ann, "https://other.example.com/new", "activity.created");
        Subscription deletedOnly = world.subscribe(ann, "https://other.example.com/gone", "activity.deleted");
        Subscription someoneElses = world.subscribe(UserId.newId(), "https://hooks.example.com/b", "activity.created");

        Activity activity = world.createActivity().create(ann, WebhookWorld.run(30));

        for (Subscription wanting : List.of(everything, createdOnly)) {
            Delivery delivery = world.only(wanting);
            assertThat(delivery.eventType()).isEqualTo(WebhookEventType.ACTIVITY_CREATED);
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.attempts()).isZero();
            assertThat(delivery.nextAttemptAt()).isEqualTo(activity.updatedAt());
            assertThat(delivery.requestId()).isEqualTo("req-webhooks-1");
            assertThat(delivery.payload()).contains("\"type\":\"activity.created\"")
                    .contains(activity.id().toString());
        }
        assertThat(world.deliveries.list(deletedOnly.id(), PageRequest.firstPage()).items()).isEmpty();
        assertThat(world.deliveries.list(someoneElses.id(), PageRequest.firstPage()).items()).isEmpty();
        assertThat(world.wakeUp.calls()).as("the workers are woken after the commit").isEqualTo(1);
    }

    @Test
    void updateDeleteAndRestoreEachRecordTheirEventWithTheActivityAsItIsThen() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/all", "activity.updated",
                "activity.deleted", "activity.restored");
        Activity created = world.createActivity().create(ann, WebhookWorld.run(30));
        world.time.advance(Duration.ofMinutes(1));
        world.updateActivity().update(new UpdateActivityCommand(ann, created.id(), WebhookWorld.run(45),
                VersionPrecondition.NONE));
        world.time.advance(Duration.ofMinutes(1));
        world.deleteActivity().delete(ann, created.id());
        world.time.advance(Duration.ofMinutes(1));
        world.restoreActivity().restore(ann, created.id());

        List<Delivery> newestFirst = world.deliveries.list(subscription.id(), PageRequest.firstPage()).items();

        assertThat(newestFirst).extracting(Delivery::eventType).containsExactly(WebhookEventType.ACTIVITY_RESTORED,
                WebhookEventType.ACTIVITY_DELETED, WebhookEventType.ACTIVITY_UPDATED);
        assertThat(newestFirst).extracting(Delivery::payload).allMatch(body -> body.contains(created.id().toString()));
        assertThat(newestFirst.get(2).payload()).contains("\"version\":2");
        assertThat(newestFirst.get(1).payload()).contains("\"version\":3");
        assertThat(newestFirst.get(0).payload()).contains("\"version\":4");
    }

    @Test
    void aDisabledSubscriptionIsToldNothing() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/all", "activity.created");
        world.subscriptions.disable(subscription.id(), world.time.now());

        world.createActivity().create(ann, WebhookWorld.run(30));

        assertThat(world.deliveries.list(subscription.id(), PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void aChangeThatDoesNotHappenRecordsNoEvent() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/all", "activity.updated");
        Activity created = world.createActivity().create(ann, WebhookWorld.run(30));

        assertThatThrownBy(() -> world.updateActivity().update(new UpdateActivityCommand(ann, created.id(),
                WebhookWorld.run(45), VersionPrecondition.oneOf(java.util.Set.of("99")))));
        assertThatThrownBy(() -> world.transactions.inTransaction(() -> {
            world.outbox.record(WebhookEventType.ACTIVITY_UPDATED, created);
            throw new IllegalStateException("the rest of the change failed");
        }));

        assertThat(world.deliveries.list(subscription.id(), PageRequest.firstPage()).items())
                .as("rolled back with the change").isEmpty();
    }
}
