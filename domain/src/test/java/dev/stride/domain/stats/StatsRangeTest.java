package dev.stride.domain.stats;

import static dev.stride.domain.ValidationAssertions.fieldsOf;
import static dev.stride.domain.ValidationAssertions.violationsOf;
import static dev.stride.domain.stats.Period.DAY;
import static dev.stride.domain.stats.Period.MONTH;
import static dev.stride.domain.stats.Period.WEEK;
import static dev.stride.domain.stats.WeekStart.MONDAY;
import static dev.stride.domain.stats.WeekStart.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.validation.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatsRangeTest {

    /** A Thursday. */
    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static StatsRange range(Period period, WeekStart weekStart, String from, String to) {
        return StatsRange.covering(period, weekStart, date(from), date(to));
    }

    @Nested
    class Alignment {

        @Test
        void dayRangesAreTheDatesAsGiven() {
            StatsRange range = range(DAY, MONDAY, "2024-02-27", "2024-03-02");

            assertThat(range.from()).isEqualTo(date("2024-02-27"));
            assertThat(range.to()).isEqualTo(date("2024-03-02"));
            assertThat(range.bucketStarts()).containsExactly(date("2024-02-27"), date("2024-02-28"), LEAP_DAY,
                    date("2024-03-01"), date("2024-03-02"));
        }

        @Test
        void weekRangesWidenToWholeWeeksStartingMonday() {
            // Sunday 2024-02-25 lies in the week of Monday 02-19; Tuesday 03-05 in the week of Monday 03-04.
            StatsRange range = range(WEEK, MONDAY, "2024-02-25", "2024-03-05");

            assertThat(range.from()).isEqualTo(date("2024-02-19"));
            assertThat(range.to()).isEqualTo(date("2024-03-10"));
            assertThat(range.bucketStarts()).containsExactly(date("2024-02-19"), date("2024-02-26"),
                    date("2024-03-04"));
        }

        @Test
        void weekRangesWidenToWholeWeeksStartingSunday() {
            StatsRange range = range(WEEK, SUNDAY, "2024-02-25", "2024-03-05");

            assertThat(range.from()).isEqualTo(date("2024-02-25"));
            assertThat(range.to()).isEqualTo(date("2024-03-09"));
            assertThat(range.bucketStarts()).containsExactly(date("2024-02-25"), date("2024-03-03"));
            assertThat(range.bucketStarts()).allSatisfy(start -> assertThat(start.getDayOfWeek())
                    .isEqualTo(DayOfWeek.SUNDAY));
        }

        @Test
        void aSundayAndTheMondayAfterAreOneWeekOrTwoDependingOnTheWeekStart() {
            assertThat(range(WEEK, MONDAY, "2024-03-03", "2024-03-04").bucketCount()).isEqualTo(2);
            assertThat(range(WEEK, SUNDAY, "2024-03-03", "2024-03-04").bucketCount()).isEqualTo(1);
            assertThat(range(WEEK, SUNDAY, "2024-03-02", "2024-03-03").bucketCount()).isEqualTo(2);
            assertThat(range(WEEK, MONDAY, "2024-03-02", "2024-03-03").bucketCount()).isEqualTo(1);
        }

        @Test
        void weeksRunAcrossTheYearBoundary() {
            StatsRange monday = range(WEEK, MONDAY, "2024-12-31", "2025-01-01");
            StatsRange sunday = range(WEEK, SUNDAY, "2024-12-31", "2025-01-01");

            assertThat(monday.from()).isEqualTo(date("2024-12-30"));
            assertThat(monday.to()).isEqualTo(date("2025-01-05"));
            assertThat(monday.bucketCount()).isEqualTo(1);
            assertThat(sunday.from()).isEqualTo(date("2024-12-29"));
            assertThat(sunday.to()).isEqualTo(date("2025-01-04"));
            assertThat(sunday.bucketCount()).isEqualTo(1);
        }

        @Test
        void monthRangesWidenToWholeMonthsWithTheirRealLengths() {
            StatsRange range = range(MONTH, MONDAY, "2024-01-31", "2024-04-01");

            assertThat(range.from()).isEqualTo(date("2024-01-01"));
            assertThat(range.to()).isEqualTo(date("2024-04-30"));
            assertThat(range.bucketStarts()).containsExactly(date("2024-01-01"), date("2024-02-01"),
                    date("2024-03-01"), date("2024-04-01"));
        }

        @Test
        void monthsRunAcrossTheYearBoundaryAndIgnoreTheWeekStart() {
            StatsRange monday = range(MONTH, MONDAY, "2023-12-15", "2024-01-15");
            StatsRange sunday = range(MONTH, SUNDAY, "2023-12-15", "2024-01-15");

            assertThat(monday.bucketStarts()).containsExactly(date("2023-12-01"), date("2024-01-01"));
            assertThat(monday.to()).isEqualTo(date("2024-01-31"));
            assertThat(sunday.from()).isEqualTo(monday.from());
            assertThat(sunday.to()).isEqualTo(monday.to());
        }

        @Test
        void aLeapFebruaryEndsOnTheLeapDay() {
            assertThat(range(MONTH, MONDAY, "2024-02-10", "2024-02-10").to()).isEqualTo(LEAP_DAY);
            assertThat(range(MONTH, MONDAY, "2023-02-10", "2023-02-10").to()).isEqualTo(date("2023-02-28"));
            assertThat(range(DAY, MONDAY, LEAP_DAY.toString(), LEAP_DAY.toString()).bucketCount()).isEqualTo(1);
        }

        @Test
        void aSingleDayIsOneBucketOfEveryPeriod() {
            assertThat(range(DAY, MONDAY, "2024-02-29", "2024-02-29").bucketCount()).isEqualTo(1);
            assertThat(range(WEEK, MONDAY, "2024-02-29", "2024-02-29").bucketCount()).isEqualTo(1);
            assertThat(range(MONTH, MONDAY, "2024-02-29", "2024-02-29").bucketCount()).isEqualTo(1);
        }

        @Test
        void findsTheBucketOfEachDay() {
            StatsRange range = range(WEEK, SUNDAY, "2024-02-25", "2024-03-09");

            assertThat(range.bucketStartOf(date("2024-02-25"))).isEqualTo(date("2024-02-25"));
            assertThat(range.bucketStartOf(date("2024-03-02"))).isEqualTo(date("2024-02-25"));
            assertThat(range.bucketStartOf(date("2024-03-03"))).isEqualTo(date("2024-03-03"));
            assertThat(range.bucketStartOf(date("2024-03-09"))).isEqualTo(date("2024-03-03"));
            assertThat(range.contains(date("2024-02-24"))).isFalse();
            assertThat(range.contains(date("2024-03-10"))).isFalse();
            assertThatThrownBy(() -> range.bucketStartOf(date("2024-03-10")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(range.dates()).isEqualTo(new DateRange(date("2024-02-25"), date("2024-03-09")));
        }

        @Test
        void theConstructorRefusesUnalignedRanges() {
            assertThatThrownBy(() -> new StatsRange(WEEK, MONDAY, date("2024-02-27"), date("2024-03-03")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new StatsRange(WEEK, MONDAY, date("2024-02-26"), date("2024-03-02")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new StatsRange(MONTH, MONDAY, date("2024-02-01"), date("2024-02-28")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new StatsRange(MONTH, MONDAY, date("2024-02-01"), LEAP_DAY).bucketCount()).isEqualTo(1);
        }
    }

    @Nested
    class Limits {

        @Test
        void atMost366Days() {
            assertThat(range(DAY, MONDAY, "2024-01-01", "2024-12-31").bucketCount()).isEqualTo(366);
            assertThat(range(DAY, MONDAY, "2023-01-01", "2024-01-01").bucketCount()).isEqualTo(366);
            assertThat(violationsOf(() -> range(DAY, MONDAY, "2024-01-01", "2025-01-01")))
                    .containsExactly(new FieldError("from", "the range must hold at most 366 day buckets;"
                            + " from 2024-01-01 to 2025-01-01 holds 367"));
        }

        @Test
        void atMost260Weeks() {
            LocalDate monday = date("2020-01-06");

            StatsRange longest = StatsRange.covering(WEEK, MONDAY, monday, monday.plusWeeks(259));
            assertThat(longest.bucketCount()).isEqualTo(260);
            assertThat(longest.bucketStarts()).hasSize(260);
            assertThat(fieldsOf(() -> StatsRange.covering(WEEK, MONDAY, monday, monday.plusWeeks(260))))
                    .containsExactly("from");
        }

        @Test
        void theWeekLimitCountsAlignedWeeks() {
            // Sunday to Monday 259 weeks later: 261 weeks starting Monday, 260 starting Sunday.
            LocalDate sunday = date("2020-01-05");
            LocalDate monday = sunday.plusWeeks(259).plusDays(1);

            assertThat(fieldsOf(() -> StatsRange.covering(WEEK, MONDAY, sunday, monday))).containsExactly("from");
            assertThat(StatsRange.covering(WEEK, SUNDAY, sunday, monday).bucketCount()).isEqualTo(260);
        }

        @Test
        void atMost260Months() {
            assertThat(range(MONTH, MONDAY, "2000-01-31", "2021-08-01").bucketCount()).isEqualTo(260);
            assertThat(violationsOf(() -> range(MONTH, MONDAY, "2000-01-31", "2021-09-01")))
                    .containsExactly(new FieldError("from", "the range must hold at most 260 month buckets;"
                            + " from 2000-01-31 to 2021-09-01 holds 261"));
        }

        @Test
        void fromMustNotBeAfterTo() {
            assertThat(violationsOf(() -> range(DAY, MONDAY, "2024-03-01", "2024-02-29")))
                    .containsExactly(new FieldError("from", "must not be after to"));
            // even when both fall in one week
            assertThat(fieldsOf(() -> range(WEEK, MONDAY, "2024-02-29", "2024-02-27"))).containsExactly("from");
        }

        @Test
        void alignmentMustStayWithinTheYears1To9999() {
            assertThat(LocalDate.of(1, 1, 1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(LocalDate.of(9999, 12, 31).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

            assertThat(range(WEEK, MONDAY, "0001-01-01", "0001-01-10").from()).isEqualTo(LocalDate.of(1, 1, 1));
            assertThat(fieldsOf(() -> range(WEEK, SUNDAY, "0001-01-01", "0001-01-10"))).containsExactly("from");
            assertThat(range(WEEK, MONDAY, "9999-12-20", "9999-12-26").to()).isEqualTo(date("9999-12-26"));
            assertThat(fieldsOf(() -> range(WEEK, MONDAY, "9999-12-25", "9999-12-31"))).containsExactly("to");
            assertThat(violationsOf(() -> range(DAY, MONDAY, "0001-01-01", "9999-12-31"))).containsExactly(
                    new FieldError("from", "the range must hold at most 366 day buckets;"
                            + " from 0001-01-01 to 9999-12-31 holds 3652059"));
        }
    }

    @Nested
    class Defaults {

        private StatsRange resolve(Period period, WeekStart weekStart, String from, String to) {
            return StatsRange.resolve(period, weekStart, from == null ? null : date(from),
                    to == null ? null : date(to), LEAP_DAY);
        }

        @Test
        void thirtyDaysEndingToday() {
            StatsRange range = resolve(DAY, MONDAY, null, null);

            assertThat(range.from()).isEqualTo(date("2024-01-31"));
            assertThat(range.to()).isEqualTo(LEAP_DAY);
            assertThat(range.bucketCount()).isEqualTo(30);
        }

        @Test
        void twelveWeeksEndingWithTheWeekOfToday() {
            StatsRange monday = resolve(WEEK, MONDAY, null, null);
            StatsRange sunday = resolve(WEEK, SUNDAY, null, null);

            assertThat(monday.from()).isEqualTo(date("2023-12-11"));
            assertThat(monday.to()).isEqualTo(date("2024-03-03"));
            assertThat(monday.bucketCount()).isEqualTo(12);
            assertThat(sunday.from()).isEqualTo(date("2023-12-10"));
            assertThat(sunday.to()).isEqualTo(date("2024-03-02"));
            assertThat(sunday.bucketCount()).isEqualTo(12);
        }

        @Test
        void twelveMonthsEndingWithTheMonthOfToday() {
            StatsRange range = resolve(MONTH, MONDAY, null, null);

            assertThat(range.from()).isEqualTo(date("2023-03-01"));
            assertThat(range.to()).isEqualTo(LEAP_DAY);
            assertThat(range.bucketCount()).isEqualTo(12);
        }

        @Test
        void onlyToMeansTheDefaultNumberOfBucketsEndingThere() {
            assertThat(resolve(DAY, MONDAY, null, "2025-01-01").dates())
                    .isEqualTo(new DateRange(date("2024-12-03"), date("2025-01-01")));
            assertThat(resolve(MONTH, MONDAY, null, "2025-01-15").dates())
                    .isEqualTo(new DateRange(date("2024-02-01"), date("2025-01-31")));
            assertThat(resolve(WEEK, SUNDAY, null, "2025-01-01").dates())
                    .isEqualTo(new DateRange(date("2024-10-13"), date("2025-01-04")));
        }

        @Test
        void onlyFromMeansUpToToday() {
            assertThat(resolve(DAY, MONDAY, "2024-02-20", null).dates())
                    .isEqualTo(new DateRange(date("2024-02-20"), LEAP_DAY));
            assertThat(resolve(WEEK, MONDAY, "2024-01-01", null).dates())
                    .isEqualTo(new DateRange(date("2024-01-01"), date("2024-03-03")));
        }

        @Test
        void onlyFromLaterThanTodayIsThatOneBucket() {
            assertThat(resolve(DAY, MONDAY, "2024-03-01", null).dates())
                    .isEqualTo(new DateRange(date("2024-03-01"), date("2024-03-01")));
        }

        @Test
        void onlyFromFarBackIsHeldToTheLimit() {
            // 2023-03-01 to the leap day 2024-02-29: 366 days; one more is too many.
            assertThat(resolve(DAY, MONDAY, "2023-03-01", null).bucketCount()).isEqualTo(366);
            assertThat(fieldsOf(() -> resolve(DAY, MONDAY, "2023-02-28", null))).containsExactly("from");
        }

        @Test
        void onlyToNearTheFirstDayOfTheCalendarIsRefused() {
            assertThat(fieldsOf(() -> resolve(DAY, MONDAY, null, "0001-01-29"))).containsExactly("to");
            assertThat(resolve(DAY, MONDAY, null, "0001-01-30").from()).isEqualTo(LocalDate.of(1, 1, 1));
        }

        @Test
        void bothGivenAreTakenAsTheyAre() {
            assertThat(resolve(DAY, MONDAY, "2020-01-01", "2020-01-03").dates())
                    .isEqualTo(new DateRange(date("2020-01-01"), date("2020-01-03")));
        }
    }

    @Nested
    class Parsing {

        @Test
        void readsIsoDates() {
            assertThat(StatsRange.parseDate("2024-02-29", "from")).isEqualTo(LEAP_DAY);
            assertThat(StatsRange.parseDate("0001-01-01", "from")).isEqualTo(StatsRange.MIN_DATE);
            assertThat(StatsRange.parseDate("9999-12-31", "to")).isEqualTo(StatsRange.MAX_DATE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "2023-02-29", "2024-13-01", "24-02-01", "2024-2-1", "01/02/2024", "today",
                "2024-02-29T00:00"})
        void refusesWhatIsNotADate(String raw) {
            assertThat(violationsOf(() -> StatsRange.parseDate(raw, "to")))
                    .containsExactly(new FieldError("to", "must be a date as YYYY-MM-DD"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000-12-31", "-0001-01-01", "+10000-01-01"})
        void refusesDatesOutsideTheYears1To9999(String raw) {
            assertThat(violationsOf(() -> StatsRange.parseDate(raw, "from")))
                    .containsExactly(new FieldError("from", "must be between 0001-01-01 and 9999-12-31"));
        }
    }
}
