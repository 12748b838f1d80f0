package dev.stride.domain.stats;

import dev.stride.domain.activity.ActivityType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every bucket of a range, empty ones included, in calendar order, and the totals over the whole range. */
public record Statistics(StatsRange range, List<Bucket> buckets, Totals totals) {

    public Statistics {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(totals, "totals");
        buckets = List.copyOf(buckets);
    }

    /**
     * Puts each day's totals into the bucket holding that day.
     *
     * @param days totals per day and activity type, at most one per pair, each inside the range
     */
    public static Statistics assemble(StatsRange range, Collection<DailyTotal> days) {
        Map<LocalDate, Map<ActivityType, Totals>> byBucket = new HashMap<>();
        for (DailyTotal day : days) {
            byBucket.computeIfAbsent(range.bucketStartOf(day.date()), start -> new HashMap<>())
                    .merge(day.type(), day.totals(), Totals::plus);
        }
        List<Bucket> buckets = range.bucketStarts().stream()
                .map(start -> Bucket.of(start, range.period().bucketEnd(start), byBucket.getOrDefault(start, Map.of())))
                .toList();
        Totals totals = buckets.stream().map(Bucket::totals).reduce(Totals.ZERO, Totals::plus);
        return new Statistics(range, buckets, totals);
    }
}
