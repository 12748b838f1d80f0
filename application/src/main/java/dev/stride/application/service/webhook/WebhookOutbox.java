package dev.stride.application.service.webhook;

import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.DeliveryWakeUp;
import dev.stride.application.port.out.RequestContext;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.WebhookPayloads;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.WebhookEventType;
import java.util.List;

/**
 * The transactional outbox: an activity's writers record its event here inside the transaction of the change, so
 * the change and its deliveries commit together (a crash after the commit loses no event) or not at all (a rolled
 * back change sends nothing). Delivery happens later, in the workers.
 */
public class WebhookOutbox {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookPayloads payloads;
    private final RequestContext request;
    private final DeliveryWakeUp wakeUp;

    public WebhookOutbox(SubscriptionStore subscriptions, DeliveryStore deliveries, WebhookPayloads payloads,
            RequestContext request, DeliveryWakeUp wakeUp) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.request = request;
        this.wakeUp = wakeUp;
    }

    /** Inside the change's transaction: one delivery per active subscription of the owner that wants the event. */
    public void record(WebhookEventType type, Activity activity) {
        List<Subscription> wanting = subscriptions.findActive(activity.ownerId(), type);
        if (wanting.isEmpty()) {
            return;
        }
        String payload = payloads.encode(type, activity.updatedAt(), activity);
        String requestId = request.requestId().orElse(null);
        for (Subscription subscription : wanting) {
            deliveries.enqueue(Delivery.pending(subscription, type, payload, requestId, activity.updatedAt()));
        }
    }

    /** After the change's transaction committed: the local workers may start at once. */
    public void committed() {
        wakeUp.deliveriesCommitted();
    }
}
