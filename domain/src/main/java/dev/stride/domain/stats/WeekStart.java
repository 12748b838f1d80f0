package dev.stride.domain.stats;

import dev.stride.domain.validation.ValidationException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;

/** The day a calendar week begins on. Only week buckets depend on it. */
public enum WeekStart {
    MONDAY(DayOfWeek.MONDAY),
    SUNDAY(DayOfWeek.SUNDAY);

    private final DayOfWeek day;

    WeekStart(DayOfWeek day) {
        this.day = day;
    }

    public DayOfWeek day() {
        return day;
    }

    /** The name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Checks client input; {@code field} names the input in the error. */
    public static WeekStart parse(String raw, String field) {
        return Arrays.stream(values())
                .filter(start -> start.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(field, "must be one of monday, sunday"));
    }
}
