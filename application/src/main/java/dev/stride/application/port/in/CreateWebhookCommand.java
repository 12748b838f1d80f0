package dev.stride.application.port.in;

import dev.stride.domain.user.UserId;
import java.util.List;

/** A new subscription as the client asked for it, not yet checked. */
public record CreateWebhookCommand(UserId owner, String url, List<String> events, String description) {
}
