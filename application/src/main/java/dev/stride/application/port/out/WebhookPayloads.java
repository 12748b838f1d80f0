package dev.stride.application.port.out;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.webhook.WebhookEventType;
import java.time.Instant;

/** Writes an event as the JSON body of its deliveries: {@code {type, timestamp, data}}, the activity as data. */
public interface WebhookPayloads {

    String encode(WebhookEventType type, Instant occurredAt, Activity activity);
}
