package dev.stride.application.service;

import static dev.stride.application.service.Fixtures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.stride.adapter.out.memory.InMemoryActivityTotals;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.StatisticsQuery;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.stats.Bucket;
import dev.stride.domain.stats.Period;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.Totals;
import dev.stride.domain.stats.WeekStart;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Today is Wednesday 2024-02-28 (UTC), the eve of a leap day. */
class GetStatisticsServiceTest {

    private static final ActivityType RUNNING = new ActivityType("running");
    private static final ActivityType CYCLING = new ActivityType("cycling");

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private Fixtures world;
    private GetStatisticsService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new GetStatisticsService(new InMemoryActivityTotals(world.activities), world.time);
    }

    private Activity log(UserId owner, String type, int minutes, String km, String date, String... tags) {
        return world.logged(owner, new ActivityInput(type, minutes, km == null ? null : new BigDecimal(km), null,
                date, Arrays.asList(tags)));
    }

    private Statistics statistics(String period, String weekStart, String from, String to, String type,
            String tag) {
        return service.statistics(StatisticsQuery.of(ann, period, weekStart, from, to, type, tag));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Totals totals(long count, long minutes, String km) {
        return new Totals(count, minutes, new BigDecimal(km));
    }

    @Test
    void byDefaultTheLast30DaysEndingTodayInDays() {
        log(ann, "running", 30, "5", "2024-01-30");
        log(ann, "running", 40, "6", "2024-01-29");
        log(ann, "running", 50, "7", "2024-02-29");

        Statistics statistics = statistics(null, null, null, null, null, null);

        assertThat(statistics.range().period()).isEqualTo(Period.DAY);
        assertThat(statistics.range().weekStart()).isEqualTo(WeekStart.MONDAY);
        assertThat(statistics.range().from()).isEqualTo(date("2024-01-30"));
        assertThat(statistics.range().to()).isEqualTo(date("2024-02-28"));
        assertThat(statistics.buckets()).hasSize(30);
        // the day before the range and tomorrow lie outside it
        assertThat(statistics.totals()).isEqualTo(totals(1, 30, "5"));
        assertThat(statistics.buckets().get(0).totals()).isEqualTo(totals(1, 30, "5"));
    }

    @Test
    void byDefaultTwelveWeeksEndingWithThisWeekWhichHoldsTomorrow() {
        log(ann, "running", 50, "7", "2024-02-29");
        log(ann, "running", 20, "2", "2023-12-11");
        log(ann, "running", 10, "1", "2023-12-10");

        Statistics statistics = statistics("week", null, null, null, null, null);

        assertThat(statistics.range().from()).isEqualTo(date("2023-12-11"));
        assertThat(statistics.range().to()).isEqualTo(date("2024-03-03"));
        assertThat(statistics.buckets()).hasSize(12);
        assertThat(statistics.buckets().get(11).totals()).isEqualTo(totals(1, 50, "7"));
        assertThat(statistics.buckets().get(0).totals()).isEqualTo(totals(1, 20, "2"));
        assertThat(statistics.totals()).isEqualTo(totals(2, 70, "9"));
    }

    @Test
    void byDefaultTwelveMonthsEndingWithThisMonth() {
        log(ann, "running", 50, "7", "2024-02-29");
        log(ann, "cycling", 60, "30", "2023-03-01");
        log(ann, "cycling", 70, "40", "2023-02-28");

        Statistics statistics = statistics("month", "sunday", null, null, null, null);

        assertThat(statistics.range().from()).isEqualTo(date("2023-03-01"));
        assertThat(statistics.range().to()).isEqualTo(date("2024-02-29"));
        assertThat(statistics.range().weekStart()).isEqualTo(WeekStart.SUNDAY);
        assertThat(statistics.buckets()).extracting(Bucket::start).first().isEqualTo(date("2023-03-01"));
        assertThat(statistics.buckets()).extracting(Bucket::end).last().isEqualTo(date("2024-02-29"));
        assertThat(statistics.totals()).isEqualTo(totals(2, 110, "37"));
    }

    @Test
    void theDefaultRangeFollowsTheClock() {
        log(ann, "running", 30, "5", "2024-02-29");

        assertThat(statistics(null, null, null, null, null, null).totals()).isEqualTo(Totals.ZERO);
        world.time.advance(Duration.ofHours(4));
        assertThat(statistics(null, null, null, null, null, null).totals()).isEqualTo(totals(1, 30, "5"));
    }

    @Test
    void aHandCheckedWeekOfTheCallersLiveActivities() {
        log(ann, "running", 30, "5.250", "2024-02-25", "morning");       // Sunday
        log(ann, "running", 45, "10.125", "2024-02-26", "road");         // Monday
        log(ann, "cycling", 90, "40", "2024-02-26", "morning");
        Activity trashed = log(ann, "running", 100, "20", "2024-02-27");
        log(ann, "strength", 20, null, "2024-02-28");
        log(ann, "running", 61, null, "2024-02-29");                     // Thursday, tomorrow
        log(bob, "running", 500, "50", "2024-02-26");
        world.trashed(ann, trashed.id());

        Statistics monday = statistics("week", "monday", "2024-02-25", "2024-02-29", null, null);
        Statistics sunday = statistics("week", "sunday", "2024-02-25", "2024-02-29", null, null);

        assertThat(monday.range().from()).isEqualTo(date("2024-02-19"));
        assertThat(monday.range().to()).isEqualTo(date("2024-03-03"));
        assertThat(monday.buckets()).extracting(Bucket::totals)
                .containsExactly(totals(1, 30, "5.25"), totals(4, 216, "50.125"));
        Bucket week = monday.buckets().get(1);
        assertThat(week.byType()).containsExactly(
                entry(CYCLING, totals(1, 90, "40")),
                entry(RUNNING, totals(2, 106, "10.125")),
                entry(new ActivityType("strength"), totals(1, 20, "0")));
        assertThat(monday.totals()).isEqualTo(totals(5, 246, "55.375"));

        assertThat(sunday.range().from()).isEqualTo(date("2024-02-25"));
        assertThat(sunday.range().to()).isEqualTo(date("2024-03-02"));
        assertThat(sunday.buckets()).extracting(Bucket::totals).containsExactly(totals(5, 246, "55.375"));
    }

    @Test
    void filtersByTypeAndTag() {
        log(ann, "running", 30, "5", "2024-02-20", "Morning");
        log(ann, "running", 40, "6", "2024-02-21", "evening");
        log(ann, "cycling", 50, "7", "2024-02-21", "morning");

        assertThat(statistics(null, null, "2024-02-20", "2024-02-21", "running", null).totals())
                .isEqualTo(totals(2, 70, "11"));
        assertThat(statistics(null, null, "2024-02-20", "2024-02-21", null, "MORNING").totals())
                .isEqualTo(totals(2, 80, "12"));
        assertThat(statistics(null, null, "2024-02-20", "2024-02-21", "running", "morning").buckets())
                .extracting(Bucket::totals).containsExactly(totals(1, 30, "5"), Totals.ZERO);
    }

    @Test
    void someoneWithoutActivitiesGetsEveryBucketEmpty() {
        log(ann, "running", 30, "5", "2024-02-20");

        Statistics statistics = service.statistics(StatisticsQuery.of(bob, "month", null, "2024-01-01",
                "2024-12-31", null, null));

        assertThat(statistics.buckets()).hasSize(12).allSatisfy(bucket -> {
            assertThat(bucket.totals()).isEqualTo(Totals.ZERO);
            assertThat(bucket.byType()).isEmpty();
        });
    }

    @Test
    void onlyFromRunsToToday() {
        Statistics statistics = statistics("day", null, "2024-02-01", null, null, null);

        assertThat(statistics.range().to()).isEqualTo(date("2024-02-28"));
        assertThat(statistics.buckets()).hasSize(28);
    }

    @Test
    void onlyToEndsTheDefaultNumberOfBuckets() {
        Statistics statistics = statistics("week", "sunday", null, "2024-01-01", null, null);

        assertThat(statistics.range().to()).isEqualTo(date("2024-01-06"));
        assertThat(statistics.range().from()).isEqualTo(date("2023-10-15"));
        assertThat(statistics.buckets()).hasSize(12);
    }

    @Test
    void everyBrokenParameterIsReportedAtOnce() {
        assertThat(violationsOf(() -> StatisticsQuery.of(ann, "year", "friday", "2024-02-30", "soon", "Running",
                "two words"))).extracting(FieldError::field)
                .containsExactly("period", "weekStart", "from", "to", "type", "tag");
    }

    @Test
    void theBucketLimitIsCheckedWithTheOtherParameters() {
        assertThat(violationsOf(() -> StatisticsQuery.of(ann, "day", null, "2023-01-01", "2024-01-02", "Running",
                null))).extracting(FieldError::field).containsExactly("type", "from");
        assertThat(StatisticsQuery.of(ann, "day", null, "2023-01-01", "2024-01-01", null, null).from())
                .isEqualTo(date("2023-01-01"));
        assertThat(violationsOf(() -> StatisticsQuery.of(ann, "week", null, "2019-01-01", "2024-01-01", null,
                null))).extracting(FieldError::field).containsExactly("from");
        assertThat(violationsOf(() -> StatisticsQuery.of(ann, "month", null, "2000-01-01", "2021-09-01", null,
                null))).extracting(FieldError::field).containsExactly("from");
    }

    @Test
    void fromAfterToIsRefused() {
        assertThat(violationsOf(() -> StatisticsQuery.of(ann, null, null, "2024-02-02", "2024-02-01", null, null)))
                .containsExactly(new FieldError("from", "must not be after to"));
    }

    @Test
    void onlyFromTooFarBackIsRefusedOnceTodayIsKnown() {
        StatisticsQuery query = StatisticsQuery.of(ann, "day", null, "2023-02-27", null, null, null);

        assertThat(violationsOf(() -> service.statistics(query))).extracting(FieldError::field)
                .containsExactly("from");
        assertThat(service.statistics(StatisticsQuery.of(ann, "day", null, "2023-02-28", null, null, null))
                .buckets()).hasSize(366);
    }

    @Test
    void theQueryKeepsTheNormalisedFilters() {
        StatisticsQuery query = StatisticsQuery.of(ann, null, null, null, null, "running", "Park");

        assertThat(query.tag()).isEqualTo("park");
        assertThat(query.type()).isEqualTo("running");
        assertThat(query.period()).isEqualTo(Period.DAY);
        assertThat(query.weekStart()).isEqualTo(WeekStart.MONDAY);
        assertThat(List.of(query.from() == null, query.to() == null)).containsOnly(true);
    }
}
