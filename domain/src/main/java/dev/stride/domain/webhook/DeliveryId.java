package dev.stride.domain.webhook;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record DeliveryId(UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId newId() {
        return new DeliveryId(UUID.randomUUID());
    }

    /** An id from a path that is not a UUID names no delivery: callers answer 404, not 400. */
    public static Optional<DeliveryId> parse(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(new DeliveryId(UUID.fromString(raw)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
