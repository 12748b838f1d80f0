package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.webhook.Delivery;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event on its way to a subscription; its id is the {@code webhook-id} header of every attempt. */
@RegisterForReflection
@Schema(name = "Delivery")
public record DeliveryResponse(
        String id,
        @Schema(enumeration = {"activity.created", "activity.updated", "activity.deleted", "activity.restored"})
        String eventType,
        @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
        @Schema(description = "Attempts made (since the last redelivery)") int attempts,
        @Schema(nullable = true) Integer lastStatusCode,
        @Schema(nullable = true, description = "Why the last attempt got no HTTP answer") String lastError,
        @Schema(nullable = true, description = "Set while pending") Instant nextAttemptAt,
        Instant createdAt) {

    public static DeliveryResponse from(Delivery delivery) {
        return new DeliveryResponse(delivery.id().toString(), delivery.eventType().code(), delivery.status().code(),
                delivery.attempts(), delivery.lastStatusCode(), delivery.lastError(), delivery.nextAttemptAt(),
                delivery.createdAt());
    }
}
