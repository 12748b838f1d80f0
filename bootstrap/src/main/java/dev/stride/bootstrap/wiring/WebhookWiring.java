package dev.stride.bootstrap.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.adapter.out.metrics.MicrometerDeliveryObserver;
import dev.stride.adapter.out.webhooks.DnsTargetResolver;
import dev.stride.adapter.out.webhooks.JacksonWebhookPayloads;
import dev.stride.adapter.out.webhooks.LoggingRequestContext;
import dev.stride.adapter.out.webhooks.VertxWebhookSender;
import dev.stride.adapter.out.webhooks.WebhookWorkers;
import dev.stride.application.port.in.CreateWebhookUseCase;
import dev.stride.application.port.in.DeleteWebhookUseCase;
import dev.stride.application.port.in.DeliverWebhooksUseCase;
import dev.stride.application.port.in.ListDeliveriesUseCase;
import dev.stride.application.port.in.ListWebhooksUseCase;
import dev.stride.application.port.in.RedeliverUseCase;
import dev.stride.application.port.in.RemoveOldDeliveriesUseCase;
import dev.stride.application.port.in.WebhookBacklogUseCase;
import dev.stride.application.port.out.DeliveryObserver;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.DeliveryWakeUp;
import dev.stride.application.port.out.RequestContext;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.TargetResolver;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.WebhookPayloads;
import dev.stride.application.service.webhook.CreateWebhookService;
import dev.stride.application.service.webhook.DeleteWebhookService;
import dev.stride.application.service.webhook.DeliverWebhooksService;
import dev.stride.application.service.webhook.ListDeliveriesService;
import dev.stride.application.service.webhook.ListWebhooksService;
import dev.stride.application.service.webhook.RedeliverService;
import dev.stride.application.service.webhook.RemoveOldDeliveriesService;
import dev.stride.application.service.webhook.TargetBreakers;
import dev.stride.application.service.webhook.WebhookBacklogService;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.application.service.webhook.WebhookTargets;
import dev.stride.bootstrap.StrideConfig;
import dev.stride.domain.webhook.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Webhooks: the outbox the activity writes record their events in, the subscription use cases, and this replica's
 * delivery workers with their HTTP sender, all configured by {@code stride.webhooks.*}.
 */
public class WebhookWiring {

    /** Idle keep-alive connections kept per receiver; a receiver rarely needs more than the workers. */
    private static final int CONNECTIONS_PER_TARGET = 8;

    @Produces
    @Singleton
    TargetResolver targetResolver() {
        return new DnsTargetResolver();
    }

    @Produces
    @Singleton
    WebhookTargets webhookTargets(TargetResolver resolver, StrideConfig config) {
        return new WebhookTargets(resolver, config.webhooks().allowPrivateTargets());
    }

    @Produces
    @Singleton
    WebhookPayloads webhookPayloads(ObjectMapper json) {
        return new JacksonWebhookPayloads(json);
    }

    @Produces
    @Singleton
    RequestContext requestContext() {
        return new LoggingRequestContext();
    }

    @Produces
    @Singleton
    WebhookOutbox webhookOutbox(SubscriptionStore subscriptions, DeliveryStore deliveries, WebhookPayloads payloads,
            RequestContext request, DeliveryWakeUp wakeUp) {
        return new WebhookOutbox(subscriptions, deliveries, payloads, request, wakeUp);
    }

    @Produces
    @Singleton
    CreateWebhookUseCase createWebhook(SubscriptionStore subscriptions, WebhookTargets targets, TimeSource time,
            Transactions transactions) {
        return new CreateWebhookService(subscriptions, targets, time, transactions, new SecureRandom());
    }

    @Produces
    @Singleton
    ListWebhooksUseCase listWebhooks(SubscriptionStore subscriptions) {
        return new ListWebhooksService(subscriptions);
    }

    @Produces
    @Singleton
    DeleteWebhookUseCase deleteWebhook(SubscriptionStore subscriptions, Transactions transactions) {
        return new DeleteWebhookService(subscriptions, transactions);
    }

    @Produces
    @Singleton
    ListDeliveriesUseCase listDeliveries(SubscriptionStore subscriptions, DeliveryStore deliveries) {
        return new ListDeliveriesService(subscriptions, deliveries);
    }

    @Produces
    @Singleton
    RedeliverUseCase redeliver(SubscriptionStore subscriptions, DeliveryStore deliveries, TimeSource time,
            DeliveryWakeUp wakeUp) {
        return new RedeliverService(subscriptions, deliveries, time, wakeUp);
    }

    @Produces
    @Singleton
    WebhookBacklogUseCase webhookBacklog(DeliveryStore deliveries) {
        return new WebhookBacklogService(deliveries);
    }

    @Produces
    @Singleton
    RemoveOldDeliveriesUseCase removeOldDeliveries(DeliveryStore deliveries, TimeSource time, StrideConfig config) {
        return new RemoveOldDeliveriesService(deliveries, time, config.webhooks().retention());
    }

    @Produces
    @Singleton
    VertxWebhookSender webhookSender(Vertx vertx, TargetResolver resolver, StrideConfig config) {
        return new VertxWebhookSender(vertx, resolver, config.webhooks().allowPrivateTargets(),
                config.webhooks().timeout(), CONNECTIONS_PER_TARGET);
    }

    void closeSender(@Disposes VertxWebhookSender sender) {
        sender.close();
    }

    @Produces
    @Singleton
    DeliveryObserver deliveryObserver(MeterRegistry registry) {
        return new MicrometerDeliveryObserver(registry);
    }

    @Produces
    @Singleton
    DeliverWebhooksUseCase deliverWebhooks(SubscriptionStore subscriptions, DeliveryStore deliveries,
            VertxWebhookSender sender, TimeSource time, DeliveryObserver observer, StrideConfig config) {
        StrideConfig.Webhooks webhooks = config.webhooks();
        StrideConfig.Retry retry = webhooks.retry();
        RetryPolicy policy = new RetryPolicy(retry.maxAttempts(), retry.initialDelay(), retry.multiplier(),
                retry.maxDelay());
        TargetBreakers breakers = new TargetBreakers(webhooks.breaker().failureThreshold(),
                webhooks.breaker().openFor());
        return new DeliverWebhooksService(subscriptions, deliveries, sender, time, policy, breakers, observer,
                RandomGenerator.getDefault(), webhooks.lease());
    }

    /** Also the outbox's {@link DeliveryWakeUp}: commits on this replica wake its workers. */
    @Produces
    @Singleton
    WebhookWorkers webhookWorkers(DeliverWebhooksUseCase deliver, StrideConfig config) {
        StrideConfig.Webhooks webhooks = config.webhooks();
        if (webhooks.lease().compareTo(webhooks.timeout().multipliedBy(webhooks.claimBatch())) <= 0) {
            throw new IllegalStateException("stride.webhooks.lease must exceed claim-batch times timeout, or a slow"
                    + " batch could be claimed twice");
        }
        return new WebhookWorkers(deliver, webhooks.workers(), webhooks.claimBatch(), webhooks.pollInterval(),
                claimant());
    }

    void startWorkers(@Observes StartupEvent started, WebhookWorkers workers) {
        workers.start();
    }

    void stopWorkers(@Observes ShutdownEvent stopping, WebhookWorkers workers, StrideConfig config) {
        workers.stop(config.webhooks().shutdownGrace());
    }

    /** Host name and a random suffix: readable in the outbox, and unique even for two processes on one host. */
    private static String claimant() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "stride";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
