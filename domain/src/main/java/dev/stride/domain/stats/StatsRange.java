package dev.stride.domain.stats;

import dev.stride.domain.validation.Dates;
import dev.stride.domain.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole calendar buckets a statistics request covers. A range never cuts a bucket: it starts on the first day
 * of the bucket holding the requested start and ends on the last day of the bucket holding the requested end, so
 * {@link #from()} and {@link #to()} are the effective, aligned dates. It holds at most {@link Period#maxBuckets()}
 * buckets and stays within the years 1 to 9999, so every date in it prints as {@code YYYY-MM-DD}.
 */
public record StatsRange(Period period, WeekStart weekStart, LocalDate from, LocalDate to) {

    public static final LocalDate MIN_DATE = Dates.MIN;
    public static final LocalDate MAX_DATE = Dates.MAX;

    public StatsRange {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!period.bucketStart(from, weekStart).equals(from)
                || !period.bucketEnd(period.bucketStart(to, weekStart)).equals(to)) {
            throw new IllegalArgumentException("not aligned to whole " + period.wireName() + " buckets: " + from
                    + ".." + to);
        }
        if (from.isAfter(to) || from.isBefore(MIN_DATE) || to.isAfter(MAX_DATE)) {
            throw new IllegalArgumentException("not a statistics range: " + from + ".." + to);
        }
        if (period.bucketsBetween(from, period.bucketStart(to, weekStart)) > period.maxBuckets()) {
            throw new IllegalArgumentException("more than " + period.maxBuckets() + " buckets: " + from + ".." + to);
        }
    }

    /**
     * The range a client asked for, completed by the defaults.
     * <ul>
     * <li>neither date: the {@link Period#defaultBuckets() default number} of buckets ending with the one holding
     * today;</li>
     * <li>only {@code to}: the default number of buckets ending with the one holding {@code to};</li>
     * <li>only {@code from}: from the bucket holding {@code from} to the one holding today (or {@code from}, if
     * that is later);</li>
     * <li>both: see {@link #covering}.</li>
     * </ul>
     *
     * @throws ValidationException when the range would hold too many buckets or leave the years 1 to 9999
     */
    public static StatsRange resolve(Period period, WeekStart weekStart, LocalDate from, LocalDate to,
            LocalDate today) {
        if (from == null) {
            return endingWith(period, weekStart, to == null ? today : to, to == null ? "from" : "to");
        }
        if (to == null) {
            return covering(period, weekStart, from, from.isAfter(today) ? from : today);
        }
        return covering(period, weekStart, from, to);
    }

    /**
     * From the bucket holding {@code from} to the bucket holding {@code to}, every bucket whole.
     *
     * @throws ValidationException when {@code from} is after {@code to}, when the range would hold more than
     *         {@link Period#maxBuckets()} buckets, or when aligning it leaves the years 1 to 9999
     */
    public static StatsRange covering(Period period, WeekStart weekStart, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ValidationException.of("from", "must not be after to");
        }
        LocalDate first = period.bucketStart(from, weekStart);
        LocalDate last = period.bucketStart(to, weekStart);
        long buckets = period.bucketsBetween(first, last);
        if (buckets > period.maxBuckets()) {
            throw ValidationException.of("from", "the range must hold at most " + period.maxBuckets() + " "
                    + period.wireName() + " buckets; from " + from + " to " + to + " holds " + buckets);
        }
        return withinBounds(period, weekStart, first, period.bucketEnd(last), "from", "to");
    }

    private static StatsRange endingWith(Period period, WeekStart weekStart, LocalDate end, String field) {
        LocalDate last = period.bucketStart(end, weekStart);
        LocalDate first = period.shift(last, -(period.defaultBuckets() - 1L));
        return withinBounds(period, weekStart, first, period.bucketEnd(last), field, field);
    }

    private static StatsRange withinBounds(Period period, WeekStart weekStart, LocalDate first, LocalDate end,
            String fromField, String toField) {
        if (first.isBefore(MIN_DATE)) {
            throw ValidationException.of(fromField, "the range, aligned to whole " + period.wireName()
                    + " buckets, must not start before " + MIN_DATE);
        }
        if (end.isAfter(MAX_DATE)) {
            throw ValidationException.of(toField, "the range, aligned to whole " + period.wireName()
                    + " buckets, must not end after " + MAX_DATE);
        }
        return new StatsRange(period, weekStart, first, end);
    }

    /** Reads a date a client sent as {@code YYYY-MM-DD}; {@code field} names the input in the error. */
    public static LocalDate parseDate(String raw, String field) {
        return Dates.parse(raw, field);
    }

    public int bucketCount() {
        return (int) period.bucketsBetween(from, period.bucketStart(to, weekStart));
    }

    /** The first day of every bucket, in order. */
    public List<LocalDate> bucketStarts() {
        List<LocalDate> starts = new ArrayList<>(bucketCount());
        for (LocalDate start = from; !start.isAfter(to); start = period.shift(start, 1)) {
            starts.add(start);
        }
        return starts;
    }

    /** The first day of the bucket that holds {@code date}, which must lie in this range. */
    public LocalDate bucketStartOf(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " lies outside " + from + ".." + to);
        }
        return period.bucketStart(date, weekStart);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public DateRange dates() {
        return new DateRange(from, to);
    }
}
