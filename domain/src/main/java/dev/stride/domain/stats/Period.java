package dev.stride.domain.stats;

import dev.stride.domain.validation.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How statistics are bucketed: calendar days, calendar weeks (starting on a {@link WeekStart}) or calendar months.
 * Each period knows how many buckets a default range holds and how many one request may ask for.
 */
public enum Period {
    DAY(30, 366),
    WEEK(12, 260),
    MONTH(12, 260);

    private final int defaultBuckets;
    private final int maxBuckets;

    Period(int defaultBuckets, int maxBuckets) {
        this.defaultBuckets = defaultBuckets;
        this.maxBuckets = maxBuckets;
    }

    /** The name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Checks client input; {@code field} names the input in the error. */
    public static Period parse(String raw, String field) {
        return Arrays.stream(values())
                .filter(period -> period.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(field, "must be one of " + Arrays.stream(values())
                        .map(Period::wireName).collect(Collectors.joining(", "))));
    }

    /** How many buckets a range holds when the client names no start. */
    public int defaultBuckets() {
        return defaultBuckets;
    }

    /** The most buckets one range may hold. */
    public int maxBuckets() {
        return maxBuckets;
    }

    /** The first day of the bucket that holds {@code date}. */
    public LocalDate bucketStart(LocalDate date, WeekStart weekStart) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(weekStart.day()));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The last day (inclusive) of the bucket that begins on {@code start}. */
    public LocalDate bucketEnd(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /** The start of the bucket {@code buckets} buckets after (or, when negative, before) the one at {@code start}. */
    public LocalDate shift(LocalDate start, long buckets) {
        return switch (this) {
            case DAY -> start.plusDays(buckets);
            case WEEK -> start.plusWeeks(buckets);
            case MONTH -> start.plusMonths(buckets);
        };
    }

    /** How many buckets lie from the one starting at {@code first} to the one starting at {@code last}, both counted. */
    public long bucketsBetween(LocalDate first, LocalDate last) {
        ChronoUnit unit = switch (this) {
            case DAY -> ChronoUnit.DAYS;
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
        };
        return unit.between(first, last) + 1;
    }
}
