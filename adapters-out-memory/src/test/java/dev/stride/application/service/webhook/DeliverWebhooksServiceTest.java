package dev.stride.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.DeliveryObserver.Outcome;
import dev.stride.application.port.out.WebhookSender.SendResult;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryStatus;
import dev.stride.domain.webhook.RetryPolicy;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.WebhookSignature;
import dev.stride.testing.webhooks.RecordingWebhookSender.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliverWebhooksServiceTest {

    private final WebhookWorld world = new WebhookWorld();
    private final UserId ann = UserId.newId();
    private final DeliverWebhooksService deliver = world.deliverer(RetryPolicy.DEFAULT);

    @Test
    void aDueDeliveryIsPostedSignedAndMarkedDelivered() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        world.time.advance(Duration.ofMillis(250));

        assertThat(deliver.deliverDue("worker", 10, () -> false)).isEqualTo(1);

        Sent sent = world.receiver.sent().get(0);
        Delivery delivery = world.only(subscription);
        Map<String, String> headers = sent.headers();
        assertThat(sent.url()).isEqualTo(subscription.url());
        assertThat(headers).containsEntry("webhook-id", delivery.id().toString())
                .containsEntry("webhook-timestamp", Long.toString(world.time.now().getEpochSecond()))
                .containsEntry("content-type", "application/json");
        assertThat(headers.get("webhook-signature")).isEqualTo(WebhookSignature.sign(subscription.secret(),
                delivery.id().toString(), world.time.now().getEpochSecond(), sent.body()));
        assertThat(sent.body()).isEqualTo(delivery.payload());
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastStatusCode()).isEqualTo(200);
        assertThat(delivery.latency()).isEqualTo(Duration.ofMillis(250));
        assertThat(world.observer.outcomes()).containsExactly(Outcome.DELIVERED);
        assertThat(deliver.deliverDue("worker", 10, () -> false)).as("nothing is sent twice").isZero();
    }

    @Test
    void repeatedFailuresFollowTheBackoffScheduleWithTheSameIdThenFail() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        for (int i = 0; i < 8; i++) {
            world.receiver.answering(SendResult.status(500));
        }
        List<Duration> waits = new ArrayList<>();
        Instant previous = null;

        for (int attempt = 1; attempt <= 8; attempt++) {
            Delivery before = world.only(subscription);
            if (previous != null) {
                waits.add(Duration.between(previous, before.nextAttemptAt()));
                world.time.set(before.nextAttemptAt().minusMillis(1));
                assertThat(deliver.deliverDue("worker", 10, () -> false)).as("not due yet").isZero();
            }
            world.time.set(before.nextAttemptAt());
            previous = world.time.now();
            assertThat(deliver.deliverDue("worker", 10, () -> false)).isEqualTo(1);
        }

        // 0.999 of each ceiling: 30 s, then four times longer each time, at most 12 h.
        assertThat(waits).containsExactly(Duration.ofMillis(29_970), Duration.ofMillis(119_880),
                Duration.ofMillis(479_520), Duration.ofMillis(1_918_080), Duration.ofMillis(7_672_320),
                Duration.ofMillis(30_689_280), Duration.ofMillis(43_156_800));
        Delivery failed = world.only(subscription);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.lastStatusCode()).isEqualTo(500);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(world.receiver.sent()).hasSize(8).extracting(sent -> sent.headers().get("webhook-id"))
                .containsOnly(failed.id().toString());
        assertThat(world.observer.outcomes()).hasSize(8).endsWith(Outcome.FAILED).containsOnly(Outcome.RETRYING, Outcome.FAILED);
    }

    @Test
    void theJitterSpreadsRetriesBelowTheCeiling() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        world.receiver.answering(SendResult.failure("connection refused"));
        world.jitter = 0.25;

        deliver.deliverDue("worker", 10, () -> false);

        Delivery retrying = world.only(subscription);
        assertThat(Duration.between(world.time.now(), retrying.nextAttemptAt())).isEqualTo(Duration.ofMillis(7_500));
        assertThat(retrying.lastError()).isEqualTo("connection refused");
        assertThat(retrying.lastStatusCode()).isNull();
    }

    @Test
    void aReceiverThatIsBackGetsTheEventWithTheSameWebhookId() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        world.receiver.answering(SendResult.failure("connection refused"), SendResult.status(503));

        for (int i = 0; i < 3; i++) {
            world.time.set(world.only(subscription).nextAttemptAt());
            deliver.deliverDue("worker", 10, () -> false);
        }

        assertThat(world.only(subscription).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(world.receiver.sent()).hasSize(3).extracting(sent -> sent.headers().get("webhook-id"))
                .containsOnly(world.only(subscription).id().toString());
    }

    @Test
    void goneDisablesTheSubscriptionAndEndsItsOtherDeliveries() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        world.createActivity().create(ann, WebhookWorld.run(40));
        world.receiver.answering(SendResult.status(410));

        deliver.deliverDue("worker", 10, () -> false);

        assertThat(world.subscriptions.findById(subscription.id()).orElseThrow().isActive()).isFalse();
        List<Delivery> both = world.deliveries.list(subscription.id(), PageRequest.firstPage()).items();
        assertThat(both).extracting(Delivery::status).containsOnly(DeliveryStatus.FAILED);
        assertThat(world.receiver.sent()).as("the second is not even tried").hasSize(1);
        assertThat(world.observer.outcomes()).containsExactly(Outcome.GONE, Outcome.FAILED);

        world.createActivity().create(ann, WebhookWorld.run(50));
        assertThat(world.deliveries.list(subscription.id(), PageRequest.firstPage()).total())
                .as("a disabled subscription records nothing new").isEqualTo(2);
    }

    @Test
    void aDeadReceiverOpensItsBreakerAndTheRestArePostponedWithoutAnAttempt() {
        Subscription dead = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        Subscription healthy = world.subscribe(ann, "https://other.example.com/in", "activity.created");
        for (int i = 0; i < 7; i++) {
            world.createActivity().create(ann, WebhookWorld.run(30 + i));
        }
        world.receiver.answeringFor("hooks.example.com", SendResult.failure("no answer within 10 s"));

        deliver.deliverDue("worker", 100, () -> false);

        long triedDead = world.receiver.sent().stream().filter(s -> s.url().equals(dead.url())).count();
        assertThat(triedDead).as("five failures open the breaker").isEqualTo(5);
        assertThat(world.deliveries.list(healthy.id(), PageRequest.firstPage()).items())
                .extracting(Delivery::status).containsOnly(DeliveryStatus.DELIVERED);
        List<Delivery> postponed = world.deliveries.list(dead.id(), PageRequest.firstPage()).items().stream()
                .filter(d -> d.attempts() == 0).toList();
        assertThat(postponed).hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.nextAttemptAt()).isAfterOrEqualTo(world.time.now().plus(Duration.ofMinutes(1)));
        });
        // The five that failed would come due for their retry while the breaker is still open: they wait too.
        assertThat(world.observer.postponed()).isEqualTo(7);
        assertThat(world.deliveries.list(dead.id(), PageRequest.firstPage()).items())
                .allSatisfy(d -> assertThat(d.nextAttemptAt()).isEqualTo(world.time.now().plus(Duration.ofMinutes(1))))
                .filteredOn(d -> d.attempts() == 1).hasSize(5);
        assertThat(deliver.deliverDue("worker", 100, () -> false))
                .as("put off in one go: nothing of the dead receiver's comes back before the breaker's time").isZero();
    }

    @Test
    void aClientErrorMeansTheReceiverIsUpAndDoesNotOpenTheBreaker() {
        world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        for (int i = 0; i < 7; i++) {
            world.createActivity().create(ann, WebhookWorld.run(30 + i));
            world.receiver.answering(SendResult.status(400));
        }

        deliver.deliverDue("worker", 100, () -> false);

        assertThat(world.receiver.sent()).hasSize(7);
        assertThat(world.observer.outcomes()).containsOnly(Outcome.RETRYING);
    }

    @Test
    void aStoppingWorkerGivesBackWhatItHasNotAttempted() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        world.createActivity().create(ann, WebhookWorld.run(40));
        int[] asked = {0};

        assertThat(deliver.deliverDue("stopping", 10, () -> asked[0]++ > 0)).isEqualTo(2);

        assertThat(world.receiver.sent()).hasSize(1);
        assertThat(deliver.deliverDue("another", 10, () -> false)).as("released at once, no lease to wait for")
                .isEqualTo(1);
        assertThat(world.deliveries.list(subscription.id(), PageRequest.firstPage()).items())
                .extracting(Delivery::status).containsOnly(DeliveryStatus.DELIVERED);
    }

    @Test
    void whatADeadWorkerHeldIsDeliveredByAnotherAfterTheLease() {
        Subscription subscription = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        world.createActivity().create(ann, WebhookWorld.run(30));
        world.deliveries.claimDue(world.time.now(), 10, "killed", world.time.now().plus(WebhookWorld.LEASE));

        assertThat(deliver.deliverDue("survivor", 10, () -> false)).isZero();
        world.time.advance(WebhookWorld.LEASE);
        assertThat(deliver.deliverDue("survivor", 10, () -> false)).isEqualTo(1);

        assertThat(world.only(subscription).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }
}
