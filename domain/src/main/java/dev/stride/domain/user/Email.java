package dev.stride.domain.user;

import dev.stride.domain.validation.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address as Stride keys accounts by it: trimmed, lower-cased, at most 254 characters. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    // Deliberately simple: one @, a non-empty local part, a dotted domain, no spaces. Deliverability is not our job.
    private static final Pattern SHAPE =
            Pattern.compile("^[^\\s@]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public Email {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("email", "must not be blank");
        }
        if (!value.equals(normalise(value))) {
            throw new IllegalArgumentException("use Email.of for raw input");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }

    /** Normalises what a client typed, then checks it. */
    public static Email of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of("email", "must not be blank");
        }
        return new Email(normalise(raw));
    }

    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
