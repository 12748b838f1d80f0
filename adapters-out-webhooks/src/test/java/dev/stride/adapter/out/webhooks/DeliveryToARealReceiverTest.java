package dev.stride.adapter.out.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.standardwebhooks.Webhook;
import dev.stride.adapter.out.memory.InMemoryActivityStore;
import dev.stride.adapter.out.memory.InMemoryDataVersions;
import dev.stride.adapter.out.memory.InMemoryDeliveryStore;
import dev.stride.adapter.out.memory.InMemorySubscriptionStore;
import dev.stride.adapter.out.memory.InMemoryTargetResolver;
import dev.stride.adapter.out.memory.InMemoryTransactions;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.CreateWebhookCommand;
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.webhook.CreateWebhookService;
import dev.stride.application.service.webhook.DeliverWebhooksService;
import dev.stride.application.service.webhook.TargetBreakers;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.application.service.webhook.WebhookTargets;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryStatus;
import dev.stride.domain.webhook.RetryPolicy;
import dev.stride.domain.webhook.Subscription;
import dev.stride.testing.ManualTimeSource;
import dev.stride.testing.webhooks.CountingWakeUp;
import dev.stride.testing.webhooks.FixedRequestContext;
import dev.stride.testing.webhooks.RecordingDeliveryObserver;
import dev.stride.testing.webhooks.TestReceiver;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery use case with the real HTTP sender and JSON payloads, in-memory stores and a receiver on loopback:
 * what a receiver sees, checked with the Standard Webhooks library's own verifier.
 */
class DeliveryToARealReceiverTest {

    private final Vertx vertx = Vertx.vertx();
    private final TestReceiver receiver = TestReceiver.start();
    private final ManualTimeSource time = new ManualTimeSource(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private final InMemoryActivityStore activities = new InMemoryActivityStore();
    private final InMemoryDataVersions versions = new InMemoryDataVersions();
    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore(deliveries);
    private final InMemoryTransactions transactions = new InMemoryTransactions(activities, versions, subscriptions,
            deliveries);
    private final InMemoryTargetResolver dns = new InMemoryTargetResolver();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final WebhookOutbox outbox = new WebhookOutbox(subscriptions, deliveries, new JacksonWebhookPayloads(json),
            new FixedRequestContext("req-42"), new CountingWakeUp());
    private final VertxWebhookSender sender = new VertxWebhookSender(vertx, dns, true, Duration.ofSeconds(2), 4);
    private final DeliverWebhooksService deliver = new DeliverWebhooksService(subscriptions, deliveries, sender, time,
            RetryPolicy.DEFAULT, new TargetBreakers(5, Duration.ofMinutes(1)), new RecordingDeliveryObserver(),
            RandomGenerator.getDefault(), Duration.ofMinutes(2));
    private final UserId ann = UserId.newId();

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
        vertx.close();
    }

    @Test
    void theReceiverGetsTheActivityAsDataSignedAsStandardWebhooksSays() throws Exception {
        Subscription subscription = subscribe();
        Activity activity = create();

        deliver.deliverDue("worker", 10, () -> false);

        TestReceiver.Received request = receiver.awaitRequests(1, Duration.ofSeconds(5)).get(0);
        new Webhook(subscription.secret().value()).verify(request.body(), request.headers());
        assertThat(request.header("webhook-id")).isEqualTo(only(subscription).id().toString());
        var body = json.readTree(request.body());
        assertThat(body.get("type").asText()).isEqualTo("activity.created");
        assertThat(Instant.parse(body.get("timestamp").asText())).isEqualTo(activity.updatedAt());
        assertThat(body.get("data").get("id").asText()).isEqualTo(activity.id().toString());
        assertThat(body.get("data").get("distanceKm").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(body.get("data").get("tags").toString()).isEqualTo("[\"sunday\",\"long\"]");
        assertThat(only(subscription).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aReceiverThatWasDownGetsTheEventLaterWithTheSameWebhookId() {
        Subscription subscription = subscribe();
        create();
        receiver.answering(503, 500);

        for (int attempt = 0; attempt < 3; attempt++) {
            time.set(only(subscription).nextAttemptAt());
            deliver.deliverDue("worker", 10, () -> false);
        }

        List<TestReceiver.Received> requests = receiver.awaitRequests(3, Duration.ofSeconds(5));
        assertThat(requests).extracting(request -> request.header("webhook-id"))
                .containsOnly(only(subscription).id().toString());
        assertThat(requests).extracting(TestReceiver.Received::body).containsOnly(requests.get(0).body());
        assertThat(only(subscription).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(only(subscription).attempts()).isEqualTo(3);
    }

    @Test
    void goneDisablesTheSubscription() {
        Subscription subscription = subscribe();
        create();
        receiver.answering(410);

        deliver.deliverDue("worker", 10, () -> false);

        assertThat(subscriptions.findById(subscription.id()).orElseThrow().isActive()).isFalse();
        assertThat(only(subscription).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(only(subscription).lastStatusCode()).isEqualTo(410);
    }

    private Subscription subscribe() {
        return new CreateWebhookService(subscriptions, new WebhookTargets(dns, true), time, transactions,
                new SecureRandom()).create(new CreateWebhookCommand(ann, receiver.url("/hook"),
                List.of("activity.created"), null));
    }

    private Activity create() {
        return new CreateActivityService(activities, time, transactions,
                ActivityCaches.versionsOnly(versions, Duration.ZERO), outbox)
                .create(ann, new ActivityInput("running", 64, new BigDecimal("12.500"), "long run",
                        time.todayUtc().toString(), List.of("Sunday", "long")));
    }

    private Delivery only(Subscription subscription) {
        List<Delivery> all = deliveries.list(subscription.id(), PageRequest.firstPage()).items();
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
