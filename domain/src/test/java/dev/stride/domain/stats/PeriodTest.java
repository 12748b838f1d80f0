package dev.stride.domain.stats;

import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.domain.validation.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

    @Test
    void readsTheWireNames() {
        assertThat(Period.parse("day", "period")).isEqualTo(Period.DAY);
        assertThat(Period.parse("week", "period")).isEqualTo(Period.WEEK);
        assertThat(Period.parse("month", "period")).isEqualTo(Period.MONTH);
        assertThat(Period.WEEK.wireName()).isEqualTo("week");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Day", "WEEK", "year", "days", " week"})
    void refusesAnythingElse(String raw) {
        assertThat(violationsOf(() -> Period.parse(raw, "period")))
                .containsExactly(new FieldError("period", "must be one of day, week, month"));
    }

    @Test
    void weekStartReadsTheWireNames() {
        assertThat(WeekStart.parse("monday", "weekStart")).isEqualTo(WeekStart.MONDAY);
        assertThat(WeekStart.parse("sunday", "weekStart")).isEqualTo(WeekStart.SUNDAY);
        assertThat(WeekStart.SUNDAY.day()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(WeekStart.MONDAY.wireName()).isEqualTo("monday");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Monday", "saturday", "mon", "1"})
    void weekStartRefusesAnythingElse(String raw) {
        assertThat(violationsOf(() -> WeekStart.parse(raw, "weekStart")))
                .containsExactly(new FieldError("weekStart", "must be one of monday, sunday"));
    }

    @Test
    void defaultsAndLimits() {
        assertThat(Period.DAY.defaultBuckets()).isEqualTo(30);
        assertThat(Period.WEEK.defaultBuckets()).isEqualTo(12);
        assertThat(Period.MONTH.defaultBuckets()).isEqualTo(12);
        assertThat(Period.DAY.maxBuckets()).isEqualTo(366);
        assertThat(Period.WEEK.maxBuckets()).isEqualTo(260);
        assertThat(Period.MONTH.maxBuckets()).isEqualTo(260);
    }

    @Test
    void aDayIsItsOwnBucket() {
        assertThat(Period.DAY.bucketStart(LEAP_DAY, WeekStart.MONDAY)).isEqualTo(LEAP_DAY);
        assertThat(Period.DAY.bucketEnd(LEAP_DAY)).isEqualTo(LEAP_DAY);
    }

    @ParameterizedTest(name = "{0} in a week from {1}: {2}..{3}")
    @CsvSource({
            // the leap day is a Thursday
            "2024-02-29, MONDAY, 2024-02-26, 2024-03-03",
            "2024-02-29, SUNDAY, 2024-02-25, 2024-03-02",
            // a Monday and a Sunday, under both rules
            "2024-02-26, MONDAY, 2024-02-26, 2024-03-03",
            "2024-02-26, SUNDAY, 2024-02-25, 2024-03-02",
            "2024-03-03, MONDAY, 2024-02-26, 2024-03-03",
            "2024-03-03, SUNDAY, 2024-03-03, 2024-03-09",
            // weeks across a year boundary
            "2025-01-01, MONDAY, 2024-12-30, 2025-01-05",
            "2025-01-01, SUNDAY, 2024-12-29, 2025-01-04",
            "2023-01-01, MONDAY, 2022-12-26, 2023-01-01",
            "2023-01-01, SUNDAY, 2023-01-01, 2023-01-07",
    })
    void aWeekStartsOnTheChosenDay(LocalDate date, WeekStart weekStart, LocalDate start, LocalDate end) {
        assertThat(Period.WEEK.bucketStart(date, weekStart)).isEqualTo(start);
        assertThat(Period.WEEK.bucketEnd(start)).isEqualTo(end);
        assertThat(start.getDayOfWeek()).isEqualTo(weekStart.day());
    }

    @ParameterizedTest(name = "{0}: {1}..{2}")
    @CsvSource({
            "2024-02-29, 2024-02-01, 2024-02-29",
            "2024-02-01, 2024-02-01, 2024-02-29",
            "2023-02-14, 2023-02-01, 2023-02-28",
            "2100-02-10, 2100-02-01, 2100-02-28",
            "2000-02-10, 2000-02-01, 2000-02-29",
            "2024-04-30, 2024-04-01, 2024-04-30",
            "2024-12-31, 2024-12-01, 2024-12-31",
            "2025-01-01, 2025-01-01, 2025-01-31",
    })
    void aMonthIsACalendarMonth(LocalDate date, LocalDate start, LocalDate end) {
        assertThat(Period.MONTH.bucketStart(date, WeekStart.SUNDAY)).isEqualTo(start);
        assertThat(Period.MONTH.bucketEnd(start)).isEqualTo(end);
    }

    @Test
    void shiftsByWholeBuckets() {
        assertThat(Period.DAY.shift(LEAP_DAY, 1)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(Period.WEEK.shift(LocalDate.of(2024, 12, 30), 1)).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(Period.MONTH.shift(LocalDate.of(2024, 1, 1), -11)).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(Period.MONTH.shift(LocalDate.of(2024, 12, 1), 1)).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void countsBucketsBetweenStartsBothIncluded() {
        assertThat(Period.DAY.bucketsBetween(LEAP_DAY, LEAP_DAY)).isEqualTo(1);
        assertThat(Period.DAY.bucketsBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(366);
        assertThat(Period.WEEK.bucketsBetween(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 6))).isEqualTo(2);
        assertThat(Period.MONTH.bucketsBetween(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 1))).isEqualTo(3);
    }
}
