package dev.stride.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.stride.domain.activity.ActivityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static final ActivityType RUNNING = new ActivityType("running");
    private static final ActivityType CYCLING = new ActivityType("cycling");
    private static final ActivityType YOGA = new ActivityType("yoga");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Totals totals(long count, long minutes, String km) {
        return new Totals(count, minutes, new BigDecimal(km));
    }

    private static DailyTotal day(String date, ActivityType type, long count, long minutes, String km) {
        return new DailyTotal(date(date), type, totals(count, minutes, km));
    }

    @Test
    void everyBucketIsThereEmptyOnesWithZeros() {
        StatsRange range = StatsRange.covering(Period.DAY, WeekStart.MONDAY, date("2024-02-27"), date("2024-03-01"));

        Statistics statistics = Statistics.assemble(range, List.of(day("2024-02-29", RUNNING, 1, 30, "5.000")));

        assertThat(statistics.buckets()).extracting(Bucket::start)
                .containsExactly(date("2024-02-27"), date("2024-02-28"), date("2024-02-29"), date("2024-03-01"));
        assertThat(statistics.buckets()).extracting(Bucket::end)
                .containsExactly(date("2024-02-27"), date("2024-02-28"), date("2024-02-29"), date("2024-03-01"));
        Bucket empty = statistics.buckets().get(0);
        assertThat(empty.totals()).isEqualTo(Totals.ZERO);
        assertThat(empty.byType()).isEmpty();
        assertThat(statistics.buckets().get(2).totals()).isEqualTo(totals(1, 30, "5"));
        assertThat(statistics.totals()).isEqualTo(totals(1, 30, "5"));
    }

    @Test
    void aRangeWithoutActivitiesIsAllZeros() {
        StatsRange range = StatsRange.covering(Period.MONTH, WeekStart.MONDAY, date("2024-01-01"), date("2024-12-31"));

        Statistics statistics = Statistics.assemble(range, List.of());

        assertThat(statistics.buckets()).hasSize(12).allSatisfy(bucket -> {
            assertThat(bucket.totals()).isEqualTo(Totals.ZERO);
            assertThat(bucket.byType()).isEmpty();
        });
        assertThat(statistics.buckets()).extracting(Bucket::end).contains(date("2024-02-29"), date("2024-04-30"),
                date("2024-12-31"));
        assertThat(statistics.totals()).isEqualTo(Totals.ZERO);
        assertThat(statistics.range()).isEqualTo(range);
    }

    @Test
    void daysGoIntoTheirWeekWhicheverDayItStartsOn() {
        // The week of the leap day, and the weekend on either side of it.
        List<DailyTotal> days = List.of(
                day("2024-02-25", RUNNING, 1, 10, "1.000"), // Sunday
                day("2024-02-26", RUNNING, 2, 20, "2.500"), // Monday
                day("2024-02-29", CYCLING, 1, 90, "40.125"), // Thursday
                day("2024-03-02", RUNNING, 1, 30, "0.000"), // Saturday
                day("2024-03-03", YOGA, 1, 60, "0.000")); // Sunday

        Statistics monday = Statistics.assemble(
                StatsRange.covering(Period.WEEK, WeekStart.MONDAY, date("2024-02-25"), date("2024-03-03")), days);
        Statistics sunday = Statistics.assemble(
                StatsRange.covering(Period.WEEK, WeekStart.SUNDAY, date("2024-02-25"), date("2024-03-03")), days);

        assertThat(monday.buckets()).extracting(Bucket::start).containsExactly(date("2024-02-19"), date("2024-02-26"));
        assertThat(monday.buckets()).extracting(Bucket::end).containsExactly(date("2024-02-25"), date("2024-03-03"));
        assertThat(monday.buckets()).extracting(Bucket::totals)
                .containsExactly(totals(1, 10, "1"), totals(5, 200, "42.625"));
        assertThat(sunday.buckets()).extracting(Bucket::start).containsExactly(date("2024-02-25"), date("2024-03-03"));
        assertThat(sunday.buckets()).extracting(Bucket::end).containsExactly(date("2024-03-02"), date("2024-03-09"));
        assertThat(sunday.buckets()).extracting(Bucket::totals)
                .containsExactly(totals(5, 150, "43.625"), totals(1, 60, "0"));
        assertThat(monday.totals()).isEqualTo(sunday.totals()).isEqualTo(totals(6, 210, "43.625"));
    }

    @Test
    void byTypeSumsEachTypeAndListsTypesByName() {
        StatsRange range = StatsRange.covering(Period.MONTH, WeekStart.MONDAY, date("2024-02-01"), date("2024-03-31"));

        Statistics statistics = Statistics.assemble(range, List.of(
                day("2024-02-01", YOGA, 1, 60, "0"),
                day("2024-02-01", RUNNING, 2, 75, "15.375"),
                day("2024-02-29", RUNNING, 1, 61, "0"),
                day("2024-02-29", CYCLING, 1, 90, "40"),
                day("2024-03-31", RUNNING, 1, 1440, "999.999")));

        Bucket february = statistics.buckets().get(0);
        assertThat(february.start()).isEqualTo(date("2024-02-01"));
        assertThat(february.end()).isEqualTo(date("2024-02-29"));
        assertThat(february.byType().keySet()).containsExactly(CYCLING, RUNNING, YOGA);
        assertThat(february.byType()).containsExactly(
                entry(CYCLING, totals(1, 90, "40")),
                entry(RUNNING, totals(3, 136, "15.375")),
                entry(YOGA, totals(1, 60, "0")));
        assertThat(february.totals()).isEqualTo(totals(5, 286, "55.375"));
        Bucket march = statistics.buckets().get(1);
        assertThat(march.end()).isEqualTo(date("2024-03-31"));
        assertThat(march.byType()).containsOnlyKeys(RUNNING);
        assertThat(march.totals()).isEqualTo(totals(1, 1440, "999.999"));
        assertThat(statistics.totals()).isEqualTo(totals(6, 1726, "1055.374"));
    }

    @Test
    void monthsRunAcrossTheYearBoundary() {
        StatsRange range = StatsRange.covering(Period.MONTH, WeekStart.SUNDAY, date("2023-12-31"), date("2024-01-01"));

        Statistics statistics = Statistics.assemble(range, List.of(
                day("2023-12-31", RUNNING, 1, 30, "5"), day("2024-01-01", RUNNING, 1, 40, "6")));

        assertThat(statistics.buckets()).extracting(Bucket::totals)
                .containsExactly(totals(1, 30, "5"), totals(1, 40, "6"));
    }

    @Test
    void refusesDaysOutsideTheRange() {
        StatsRange range = StatsRange.covering(Period.DAY, WeekStart.MONDAY, date("2024-02-28"), date("2024-02-29"));

        assertThatThrownBy(() -> Statistics.assemble(range, List.of(day("2024-03-01", RUNNING, 1, 1, "0"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBucketsByTypeCannotBeChanged() {
        Bucket bucket = Bucket.of(date("2024-02-29"), date("2024-02-29"), Map.of(RUNNING, totals(1, 1, "1")));

        assertThatThrownBy(() -> bucket.byType().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Bucket.of(date("2024-02-29"), date("2024-02-28"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
