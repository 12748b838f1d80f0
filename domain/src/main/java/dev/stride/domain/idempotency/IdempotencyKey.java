package dev.stride.domain.idempotency;

import dev.stride.domain.validation.ValidationException;

/**
 * A client's name for one logical request, sent as {@code Idempotency-Key}: 1 to 255 printable ASCII characters
 * (what an HTTP header can carry unencoded), usually a UUID. Keys are per user: two users may pick the same one.
 */
public record IdempotencyKey(String value) {

    public static final String FIELD = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw ValidationException.of(FIELD, "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e) || value.isBlank()) {
            throw ValidationException.of(FIELD, "must be printable ASCII and not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
