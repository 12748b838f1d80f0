package dev.stride.domain.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A user's totals at a glance. The windows end today (UTC): the last 7 days are today and the 6 days before, the
 * last 30 days likewise, the year to date starts on January 1st. All time has no bounds, so it also counts
 * activities dated tomorrow, which the model allows.
 */
public record Summary(Totals last7Days, Totals last30Days, Totals yearToDate, Totals allTime) {

    public Summary {
        Objects.requireNonNull(last7Days, "last7Days");
        Objects.requireNonNull(last30Days, "last30Days");
        Objects.requireNonNull(yearToDate, "yearToDate");
        Objects.requireNonNull(allTime, "allTime");
    }

    /** The four windows on {@code today}, in the order of this record's components. */
    public static List<DateRange> windows(LocalDate today) {
        return List.of(
                new DateRange(today.minusDays(6), today),
                new DateRange(today.minusDays(29), today),
                new DateRange(today.withDayOfYear(1), today),
                DateRange.ALL_TIME);
    }

    /** The totals of the {@link #windows} in their order. */
    public static Summary of(List<Totals> perWindow) {
        if (perWindow.size() != 4) {
            throw new IllegalArgumentException("a summary needs the totals of four windows, not " + perWindow.size());
        }
        return new Summary(perWindow.get(0), perWindow.get(1), perWindow.get(2), perWindow.get(3));
    }
}
