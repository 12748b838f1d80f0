package dev.stride.application.service.webhook;

import dev.stride.application.port.in.WebhookBacklogUseCase;
import dev.stride.application.port.out.DeliveryBacklog;
import dev.stride.application.port.out.DeliveryStore;

public class WebhookBacklogService implements WebhookBacklogUseCase {

    private final DeliveryStore deliveries;

    public WebhookBacklogService(DeliveryStore deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public DeliveryBacklog backlog() {
        return deliveries.backlog();
    }
}
