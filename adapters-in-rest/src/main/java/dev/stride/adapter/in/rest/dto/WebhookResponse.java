package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.WebhookEventType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as listed: never its secret. */
@RegisterForReflection
@Schema(name = "Webhook")
public record WebhookResponse(
        String id,
        String url,
        @Schema(description = "Any of activity.created, activity.updated, activity.deleted, activity.restored")
        List<String> events,
        @Schema(nullable = true) String description,
        Instant createdAt,
        @Schema(nullable = true, description = "Set when the receiver answered 410 Gone: nothing is delivered any more")
        Instant disabledAt) {

    public static WebhookResponse from(Subscription subscription) {
        return new WebhookResponse(subscription.id().toString(), subscription.url().toString(),
                codes(subscription), subscription.description(), subscription.createdAt(),
                subscription.disabledAt());
    }

    static List<String> codes(Subscription subscription) {
        return subscription.events().stream().map(WebhookEventType::code).toList();
    }
}
