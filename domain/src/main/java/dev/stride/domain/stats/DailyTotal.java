package dev.stride.domain.stats;

import dev.stride.domain.activity.ActivityType;
import java.time.LocalDate;
import java.util.Objects;

/** The totals of one activity type on one day: the grain statistics are assembled from. */
public record DailyTotal(LocalDate date, ActivityType type, Totals totals) {

    public DailyTotal {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(totals, "totals");
    }
}
