package dev.stride.domain.stats;

import java.time.LocalDate;

/** Days from {@code from} to {@code to}, both included; a null bound leaves that side open. */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ALL_TIME = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a range cannot end before it starts: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
