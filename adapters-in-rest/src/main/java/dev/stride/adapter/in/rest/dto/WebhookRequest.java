package dev.stride.adapter.in.rest.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new webhook subscription. */
@RegisterForReflection
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(required = true, maxLength = 2048, format = "uri", examples = "https://example.com/stride-hook",
                description = "http or https, without credentials; a host that resolves to a loopback, private,"
                        + " link-local or unique-local address is refused unless"
                        + " stride.webhooks.allow-private-targets=true")
        String url,
        @Schema(required = true, minItems = 1, description = "Any of activity.created, activity.updated,"
                + " activity.deleted, activity.restored; duplicates collapse")
        List<String> events,
        @Schema(nullable = true, maxLength = 256) String description) {
}
