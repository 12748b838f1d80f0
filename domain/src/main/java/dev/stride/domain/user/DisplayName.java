package dev.stride.domain.user;

import dev.stride.domain.validation.ValidationException;

/** How a person wants to be called; optional. */
public final class DisplayName {

    public static final int MAX_LENGTH = 100;

    private DisplayName() {
    }

    /** Trims the name; a missing or blank one stays absent (null). */
    public static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.strip();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw ValidationException.of("displayName", "must be at most " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw ValidationException.of("displayName", "must not contain control characters");
        }
        return name;
    }
}
