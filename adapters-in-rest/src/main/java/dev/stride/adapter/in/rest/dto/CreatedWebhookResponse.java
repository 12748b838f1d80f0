package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.webhook.Subscription;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription just created: the only answer that shows its secret. */
@RegisterForReflection
@Schema(name = "CreatedWebhook")
public record CreatedWebhookResponse(
        String id,
        String url,
        @Schema(description = "Any of activity.created, activity.updated, activity.deleted, activity.restored")
        List<String> events,
        @Schema(nullable = true) String description,
        @Schema(pattern = "^whsec_[A-Za-z0-9+/]{43}=$", description = "The signing secret (Standard Webhooks):"
                + " shown only here; the base64 part decoded is the HMAC-SHA256 key")
        String secret,
        Instant createdAt) {

    public static CreatedWebhookResponse from(Subscription subscription) {
        return new CreatedWebhookResponse(subscription.id().toString(), subscription.url().toString(),
                WebhookResponse.codes(subscription), subscription.description(), subscription.secret().value(),
                subscription.createdAt());
    }
}
