package dev.stride.domain.activity;

import dev.stride.domain.validation.ValidationException;
import java.util.regex.Pattern;

/** A kind of activity, free-form but tidy: {@code running}, {@code cycling}, {@code strength}, ... */
public record ActivityType(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z_]{1,32}");

    public ActivityType {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an activity type: " + value);
        }
    }

    /** Checks client input; {@code field} names the input in the error (a body field or a query parameter). */
    public static ActivityType parse(String raw, String field) {
        if (raw == null) {
            throw ValidationException.of(field, "must not be null");
        }
        if (!SHAPE.matcher(raw).matches()) {
            throw ValidationException.of(field, "must match [a-z_]{1,32}");
        }
        return new ActivityType(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
