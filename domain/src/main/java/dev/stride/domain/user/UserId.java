package dev.stride.domain.user;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses an id that came from outside (a token, a path); anything that is not a UUID is simply no user. */
    public static Optional<UserId> parse(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(new UserId(UUID.fromString(raw)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
