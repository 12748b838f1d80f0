package dev.stride.domain.webhook;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record SubscriptionId(UUID value) {

    public SubscriptionId {
        Objects.requireNonNull(value, "value");
    }

    public static SubscriptionId newId() {
        return new SubscriptionId(UUID.randomUUID());
    }

    /** An id from a path that is not a UUID names no subscription: callers answer 404, not 400. */
    public static Optional<SubscriptionId> parse(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(new SubscriptionId(UUID.fromString(raw)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
