package dev.stride.domain.activity;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId newId() {
        return new ActivityId(UUID.randomUUID());
    }

    /** An id from a path that is not a UUID names no activity: callers answer 404, not 400. */
    public static Optional<ActivityId> parse(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(new ActivityId(UUID.fromString(raw)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
