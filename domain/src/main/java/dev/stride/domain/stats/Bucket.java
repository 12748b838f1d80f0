package dev.stride.domain.stats;

import dev.stride.domain.activity.ActivityType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One calendar bucket: from {@code start} to {@code end}, both days included, its totals and the same per activity
 * type. An empty bucket has zero totals and no types.
 */
public record Bucket(LocalDate start, LocalDate end, Totals totals, Map<ActivityType, Totals> byType) {

    private static final Comparator<ActivityType> BY_NAME = Comparator.comparing(ActivityType::value);

    public Bucket {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(totals, "totals");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a bucket cannot end before it starts: " + start + ".." + end);
        }
        Map<ActivityType, Totals> ordered = new LinkedHashMap<>();
        byType.entrySet().stream().sorted(Map.Entry.comparingByKey(BY_NAME))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        byType = Collections.unmodifiableMap(ordered);
    }

    /** A bucket whose totals are the sum of its types' totals. */
    public static Bucket of(LocalDate start, LocalDate end, Map<ActivityType, Totals> byType) {
        Totals totals = byType.values().stream().reduce(Totals.ZERO, Totals::plus);
        return new Bucket(start, end, totals, byType);
    }
}
