package dev.stride.domain.activity;

import static dev.stride.domain.ValidationAssertions.fieldsOf;
import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.stride.domain.validation.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityDetailsTest {

    /** Today is the eve of a leap day, so "tomorrow" is 2024-02-29. */
    private static final LocalDate TODAY = LocalDate.parse("2024-02-28");

    /** Valid raw input; every test changes one thing at a time unless it says otherwise. */
    private static final class Input {
        String type = "running";
        Integer duration = 45;
        BigDecimal distance = new BigDecimal("10.5");
        String notes = "easy pace";
        String date = "2024-02-20";
        List<String> tags = List.of("morning", "park");
        LocalDate today = TODAY;

        ActivityDetails build() {
            return ActivityDetails.from(type, duration, distance, notes, date, tags, today);
        }
    }

    private static Input input() {
        return new Input();
    }

    private static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    @Test
    void validInputBuildsDetailsWithEveryField() {
        ActivityDetails details = input().build();

        assertThat(details.type()).isEqualTo(new ActivityType("running"));
        assertThat(details.durationMinutes()).isEqualTo(45);
        assertThat(details.distanceKm()).isEqualTo(new BigDecimal("10.500"));
        assertThat(details.notes()).isEqualTo("easy pace");
        assertThat(details.activityDate()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(details.tags().values()).containsExactly("morning", "park");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInFieldOrder() {
        Input in = input();
        in.type = "Running!";
        in.duration = 0;
        in.distance = new BigDecimal("1000.001");
        in.notes = repeat('n', 2001);
        in.date = "2024-03-01";
        in.tags = List.of("ok", "not ok", "fine", "also_bad");

        List<FieldError> errors = violationsOf(in::build);

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("activityType", "durationMinutes", "distanceKm", "notes", "activityDate", "tags[1]",
                        "tags[3]");
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).isNotBlank());
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        List<FieldError> errors = violationsOf(() ->
                ActivityDetails.from(null, null, null, null, null, null, TODAY));

        assertThat(errors).containsExactly(
                new FieldError("activityType", "must not be null"),
                new FieldError("durationMinutes", "must not be null"),
                new FieldError("activityDate", "must not be null"));
    }

    @Test
    void theCanonicalConstructorRejectsMissingRequiredParts() {
        ActivityType type = new ActivityType("running");
        LocalDate date = LocalDate.of(2024, 1, 1);
        assertThatNullPointerException().isThrownBy(() -> new ActivityDetails(null, 1, null, null, date, Tags.none()));
        assertThatNullPointerException().isThrownBy(() -> new ActivityDetails(type, 1, null, null, null, Tags.none()));
        assertThatNullPointerException().isThrownBy(() -> new ActivityDetails(type, 1, null, null, date, null));
    }

    @Nested
    class ActivityTypeField {

        @ParameterizedTest
        @ValueSource(strings = {"a", "running", "trail_running", "_", "abcdefghijklmnopqrstuvwxyzabcdef"})
        void acceptsLowerCaseLettersAndUnderscoresUpTo32(String type) {
            Input in = input();
            in.type = type;
            assertThat(in.build().type().value()).isEqualTo(type);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "Running", "RUNNING", "trail-running", "run5k", "trail running", " running",
                "abcdefghijklmnopqrstuvwxyzabcdefg", "café"})
        void refusesAnythingElse(String type) {
            Input in = input();
            in.type = type;
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("activityType", "must match [a-z_]{1,32}"));
        }

        @Test
        void refusesNull() {
            Input in = input();
            in.type = null;
            assertThat(violationsOf(in::build)).containsExactly(new FieldError("activityType", "must not be null"));
        }
    }

    @Nested
    class Duration {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 60, 1439, 1440})
        void acceptsOneMinuteToOneDay(int minutes) {
            Input in = input();
            in.duration = minutes;
            assertThat(in.build().durationMinutes()).isEqualTo(minutes);
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1441, 10_000, Integer.MAX_VALUE})
        void refusesOutsideOneTo1440(int minutes) {
            Input in = input();
            in.duration = minutes;
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("durationMinutes", "must be between 1 and 1440"));
        }

        @Test
        void refusesNull() {
            Input in = input();
            in.duration = null;
            assertThat(violationsOf(in::build)).containsExactly(new FieldError("durationMinutes", "must not be null"));
        }
    }

    @Nested
    class Distance {

        @Test
        void isOptional() {
            Input in = input();
            in.distance = null;
            assertThat(in.build().distanceKm()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.000", "0.001", "999.999", "1000", "1000.000", "1000.0000000", "1E+3", "42.195"})
        void acceptsZeroTo1000WithAtMostThreeDecimals(String km) {
            Input in = input();
            in.distance = new BigDecimal(km);
            BigDecimal stored = in.build().distanceKm();
            assertThat(stored).isEqualByComparingTo(km);
            assertThat(stored.scale()).isEqualTo(3);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.001", "-1", "1000.001", "1000.0001", "1001", "1E+4"})
        void refusesOutsideZeroTo1000(String km) {
            Input in = input();
            in.distance = new BigDecimal(km);
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("distanceKm", "must be between 0 and 1000"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.0001", "1.2345", "999.9999", "10.0005"})
        void refusesMoreThanThreeDecimals(String km) {
            Input in = input();
            in.distance = new BigDecimal(km);
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("distanceKm", "must have at most 3 decimals"));
        }

        @Test
        void trailingZerosBeyondThreeDecimalsAreNotRealDecimals() {
            Input in = input();
            in.distance = new BigDecimal("1.234000");
            assertThat(in.build().distanceKm()).isEqualTo(new BigDecimal("1.234"));
        }

        @Test
        void isStoredAtScaleThreeSoEqualDistancesAreEqual() {
            Input a = input();
            a.distance = new BigDecimal("5");
            Input b = input();
            b.distance = new BigDecimal("5.00");

            assertThat(a.build().distanceKm()).isEqualTo(new BigDecimal("5.000"));
            assertThat(a.build()).isEqualTo(b.build());
        }
    }

    @Nested
    class Notes {

        @Test
        void areOptional() {
            Input in = input();
            in.notes = null;
            assertThat(in.build().notes()).isNull();
        }

        @Test
        void acceptUpTo2000Characters() {
            Input in = input();
            in.notes = repeat('x', 2000);
            assertThat(in.build().notes()).hasSize(2000);
        }

        @Test
        void refuse2001Characters() {
            Input in = input();
            in.notes = repeat('x', 2001);
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("notes", "must be at most 2000 characters"));
        }

        @Test
        void countCharactersNotUtf16Units() {
            String emoji = "\uD83C\uDFC3"; // a runner: one character, two UTF-16 units
            Input fits = input();
            fits.notes = emoji.repeat(2000);
            assertThat(fits.build().notes()).isEqualTo(emoji.repeat(2000));

            Input tooLong = input();
            tooLong.notes = emoji.repeat(2001);
            assertThat(fieldsOf(tooLong::build)).containsExactly("notes");
        }

        @Test
        void areKeptAsWritten() {
            Input in = input();
            in.notes = "  Felt Great.\nHills!  ";
            assertThat(in.build().notes()).isEqualTo("  Felt Great.\nHills!  ");
        }
    }

    @Nested
    class ActivityDate {

        /** Found by the API fuzz suite: Java parses these, PostgreSQL's date column refuses them (a 500). */
        @ParameterizedTest
        @ValueSource(strings = {"-999999999-01-01", "-0001-12-31", "0000-12-31"})
        void aDateBeforeYearOneIsRefused(String date) {
            Input in = input();
            in.date = date;
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("activityDate", "must be between 0001-01-01 and 9999-12-31"));
        }

        @Test
        void yearOneIsAccepted() {
            Input in = input();
            in.date = "0001-01-01";
            assertThat(in.build().activityDate()).isEqualTo(LocalDate.of(1, 1, 1));
        }

        @Test
        void todayIsAccepted() {
            Input in = input();
            in.date = "2024-02-28";
            assertThat(in.build().activityDate()).isEqualTo(TODAY);
        }

        @Test
        void tomorrowIsAcceptedAndThatCanBeALeapDay() {
            Input in = input();
            in.date = "2024-02-29";
            assertThat(in.build().activityDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void theDayAfterTomorrowIsRefused() {
            Input in = input();
            in.date = "2024-03-01";
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("activityDate", "must not be later than tomorrow (UTC)"));
        }

        @Test
        void tomorrowRuleCrossesYearEnd() {
            Input accepted = input();
            accepted.today = LocalDate.of(2024, 12, 31);
            accepted.date = "2025-01-01";
            assertThat(accepted.build().activityDate()).isEqualTo(LocalDate.of(2025, 1, 1));

            Input refused = input();
            refused.today = LocalDate.of(2024, 12, 31);
            refused.date = "2025-01-02";
            assertThat(fieldsOf(refused::build)).containsExactly("activityDate");
        }

        @Test
        void leapDayInThePastIsAccepted() {
            Input in = input();
            in.today = LocalDate.of(2024, 6, 1);
            in.date = "2024-02-29";
            assertThat(in.build().activityDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void oldDatesAreAccepted() {
            Input in = input();
            in.date = "1970-01-01";
            assertThat(in.build().activityDate()).isEqualTo(LocalDate.EPOCH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-2-5", "20240220",
                "2024/02/20", "20-02-2024", "2024-02-20T10:00", "", " 2024-02-20", "yesterday"})
        void refusesAnythingButARealIsoDate(String raw) {
            Input in = input();
            in.date = raw;
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("activityDate", "must be a date as YYYY-MM-DD"));
        }
    }

    @Nested
    class TagsField {

        @Test
        void areOptional() {
            Input in = input();
            in.tags = null;
            assertThat(in.build().tags()).isEqualTo(Tags.none());
        }

        @Test
        void areLowerCasedAndDuplicatesCollapseKeepingFirstOrder() {
            Input in = input();
            in.tags = List.of("Park", "MORNING", "park", "hill-5", "Morning");
            assertThat(in.build().tags().values()).containsExactly("park", "morning", "hill-5");
        }

        @Test
        void tenDistinctTagsAreAccepted() {
            Input in = input();
            in.tags = IntStream.rangeClosed(1, 10).mapToObj(i -> "t" + i).toList();
            assertThat(in.build().tags().values()).hasSize(10);
        }

        @Test
        void elevenDistinctTagsAreRefused() {
            Input in = input();
            in.tags = IntStream.rangeClosed(1, 11).mapToObj(i -> "t" + i).toList();
            assertThat(violationsOf(in::build))
                    .containsExactly(new FieldError("tags", "must hold at most 10 distinct tags"));
        }

        @Test
        void elevenTagsThatCollapseToTenAreAccepted() {
            Input in = input();
            List<String> tags = new ArrayList<>(IntStream.rangeClosed(1, 10).mapToObj(i -> "t" + i).toList());
            tags.add("T1");
            in.tags = tags;
            assertThat(in.build().tags().values()).hasSize(10).first().isEqualTo("t1");
        }

        @Test
        void badTagsAreNamedByTheirIndex() {
            Input in = input();
            in.tags = Arrays.asList("good", "", null, "has space", "ok-2");
            assertThat(violationsOf(in::build)).extracting(FieldError::field)
                    .containsExactly("tags[1]", "tags[2]", "tags[3]");
        }
    }

    @Test
    void tagCountErrorsAreReportedWithOtherFields() {
        Input in = input();
        in.duration = 1441;
        in.tags = IntStream.rangeClosed(1, 11).mapToObj(i -> "t" + i).collect(Collectors.toList());
        assertThat(fieldsOf(in::build)).containsExactly("durationMinutes", "tags");
    }
}
