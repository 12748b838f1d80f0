package dev.stride.application.port.in;

import dev.stride.application.port.out.DeliveryBacklog;

/** For operators: how many deliveries wait, and since when. */
public interface WebhookBacklogUseCase {

    DeliveryBacklog backlog();
}
