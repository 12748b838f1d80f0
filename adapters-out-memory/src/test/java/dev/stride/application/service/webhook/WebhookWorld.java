package dev.stride.application.service.webhook;

import dev.stride.adapter.out.memory.InMemoryActivityStore;
import dev.stride.adapter.out.memory.InMemoryDataVersions;
import dev.stride.adapter.out.memory.InMemoryDeliveryStore;
import dev.stride.adapter.out.memory.InMemorySubscriptionStore;
import dev.stride.adapter.out.memory.InMemoryTargetResolver;
import dev.stride.adapter.out.memory.InMemoryTransactions;
import dev.stride.adapter.out.memory.InMemoryUserStore;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.CreateWebhookCommand;
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.DeleteActivityService;
import dev.stride.application.service.RestoreActivityService;
import dev.stride.application.service.UpdateActivityService;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.RetryPolicy;
import dev.stride.domain.webhook.Subscription;
import dev.stride.testing.ManualTimeSource;
import dev.stride.testing.webhooks.CountingWakeUp;
import dev.stride.testing.webhooks.FixedRequestContext;
import dev.stride.testing.webhooks.RecordingDeliveryObserver;
import dev.stride.testing.webhooks.RecordingWebhookSender;
import dev.stride.testing.webhooks.TestPayloads;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/** The webhook use cases over the in-memory adapters, with a clock and a jitter that only the test moves. */
final class WebhookWorld {

    static final Instant START = Instant.parse("2024-02-28T20:00:00.123456Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    final ManualTimeSource time = new ManualTimeSource(START);
    final InMemoryActivityStore activities = new InMemoryActivityStore();
    final InMemoryUserStore users = new InMemoryUserStore();
    final InMemoryDataVersions versions = new InMemoryDataVersions();
    final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore(deliveries);
    final InMemoryTransactions transactions = new InMemoryTransactions(activities, users, versions, subscriptions,
            deliveries);
    final InMemoryTargetResolver dns = new InMemoryTargetResolver();
    final CountingWakeUp wakeUp = new CountingWakeUp();
    final FixedRequestContext request = new FixedRequestContext("req-webhooks-1");
    final WebhookOutbox outbox = new WebhookOutbox(subscriptions, deliveries, new TestPayloads(), request, wakeUp);
    final ActivityCaches caches = ActivityCaches.versionsOnly(versions, Duration.ZERO);
    final RecordingWebhookSender receiver = new RecordingWebhookSender();
    final RecordingDeliveryObserver observer = new RecordingDeliveryObserver();
    /** The jitter's draws; 0.999 puts every wait near its ceiling, so the schedule is predictable. */
    double jitter = 0.999;
    final RandomGenerator random = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return jitter;
        }
    };
    final TargetBreakers breakers = new TargetBreakers(5, Duration.ofMinutes(1));

    WebhookWorld() {
        dns.answer("hooks.example.com", address("203.0.113.10"));
        dns.answer("other.example.com", address("198.51.100.7"));
    }

    CreateWebhookService createWebhook(boolean allowPrivateTargets) {
        return new CreateWebhookService(subscriptions, new WebhookTargets(dns, allowPrivateTargets), time,
                transactions, new SecureRandom());
    }

    Subscription subscribe(UserId owner, String url, String... events) {
        return createWebhook(false).create(new CreateWebhookCommand(owner, url, List.of(events), "test"));
    }

    DeliverWebhooksService deliverer(RetryPolicy policy) {
        return new DeliverWebhooksService(subscriptions, deliveries, receiver, time, policy, breakers,
                observer, random, LEASE);
    }

    CreateActivityService createActivity() {
        return new CreateActivityService(activities, time, transactions, caches, outbox);
    }

    UpdateActivityService updateActivity() {
        return new UpdateActivityService(activities, time, transactions, caches, outbox);
    }

    DeleteActivityService deleteActivity() {
        return new DeleteActivityService(activities, time, transactions, caches, outbox);
    }

    RestoreActivityService restoreActivity() {
        return new RestoreActivityService(activities, time, transactions, caches, outbox);
    }

    static ActivityInput run(int minutes) {
        return new ActivityInput("running", minutes, new BigDecimal("5.5"), null, "2024-02-27", List.of("easy"));
    }

    Delivery only(Subscription subscription) {
        List<Delivery> all = deliveries.list(subscription.id(), new dev.stride.domain.paging.PageRequest(1, 100))
                .items();
        if (all.size() != 1) {
            throw new AssertionError("expected one delivery, found " + all);
        }
        return all.get(0);
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
