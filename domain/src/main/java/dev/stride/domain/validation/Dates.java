package dev.stride.domain.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dates Stride takes from clients: {@code YYYY-MM-DD} within years 1 to 9999. Java parses far wider ones
 * ({@code -999999999-01-01}), which no database column holds: such a date must be a 400, not a failed statement.
 */
public final class Dates {

    public static final LocalDate MIN = LocalDate.of(1, 1, 1);
    public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    private Dates() {
    }

    /** {@code field} names the input in the error. */
    public static LocalDate parse(String raw, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be a date as YYYY-MM-DD");
        }
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            throw ValidationException.of(field, "must be between " + MIN + " and " + MAX);
        }
        return date;
    }
}
