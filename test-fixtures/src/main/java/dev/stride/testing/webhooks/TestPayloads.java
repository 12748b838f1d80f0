package dev.stride.testing.webhooks;

import dev.stride.application.port.out.WebhookPayloads;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.webhook.WebhookEventType;
import java.time.Instant;

/**
 * A small stand-in for the JSON encoder of the webhook adapter, for use-case tests that run without it: the type,
 * the time and the activity's id and version, so a test can tell the events apart.
 */
public class TestPayloads implements WebhookPayloads {

    @Override
    public String encode(WebhookEventType type, Instant occurredAt, Activity activity) {
        return "{\"type\":\"" + type.code() + "\",\"timestamp\":\"" + occurredAt + "\",\"data\":{\"id\":\""
                + activity.id() + "\",\"version\":" + activity.version() + "}}";
    }
}
