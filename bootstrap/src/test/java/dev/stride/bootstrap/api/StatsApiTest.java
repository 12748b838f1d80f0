package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /stats} and {@code GET /stats/summary}. The fixture is the week of the 2024 leap day (Thursday); every
 * expected number is worked out by hand from it.
 */
@QuarkusTest
class StatsApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String STATS = "/api/v1/stats";
    private static final String SUMMARY = "/api/v1/stats/summary";

    private String ann;

    @BeforeEach
    void fixture() {
        ann = newUserToken();
        String bob = newUserToken();
        createActivity(ann, body("running", 30, "5.25", "2024-02-25", "Morning"));   // Sunday
        createActivity(ann, body("running", 45, "10.125", "2024-02-26", "road"));    // Monday
        createActivity(ann, body("cycling", 90, "40", "2024-02-26", "morning"));
        String deleted = createActivity(ann, body("running", 100, "20", "2024-02-27", "morning"));
        createActivity(ann, body("strength", 20, null, "2024-02-29"));              // Thursday, the leap day
        createActivity(ann, body("running", 61, "1.001", "2024-03-01"));             // Friday
        createActivity(bob, body("running", 500, "50", "2024-02-26", "morning"));
        as(ann).delete("/api/v1/activities/" + deleted).then().statusCode(204);
    }

    private static String body(String type, int minutes, String km, String date, String... tags) {
        StringBuilder tagList = new StringBuilder();
        for (String tag : tags) {
            tagList.append(tagList.length() == 0 ? "" : ",").append('"').append(tag).append('"');
        }
        return "{\"activityType\":\"" + type + "\",\"durationMinutes\":" + minutes + ",\"distanceKm\":" + km
                + ",\"activityDate\":\"" + date + "\",\"tags\":[" + tagList + "]}";
    }

    private static ValidatableResponse stats(String token, Map<String, String> parameters) {
        return as(token).queryParams(parameters).get(STATS).then();
    }

    // --- authentication ---------------------------------------------------------------------------------------

    @Test
    void refusesCallersWithoutAToken() {
        for (String path : List.of(STATS, SUMMARY, STATS + "?period=week")) {
            given().get(path).then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
        given().header("Authorization", "Bearer not.a.jwt").get(SUMMARY).then().statusCode(401);
    }

    // --- the hand-checked fixture -----------------------------------------------------------------------------

    @Test
    void daysOfTheFixture() {
        stats(ann, Map.of("period", "day", "from", "2024-02-25", "to", "2024-03-01")).statusCode(200)
                .contentType("application/json")
                .body("period", equalTo("day"))
                .body("from", equalTo("2024-02-25"))
                .body("to", equalTo("2024-03-01"))
                .body("weekStart", equalTo("monday"))
                .body("buckets.start", contains("2024-02-25", "2024-02-26", "2024-02-27", "2024-02-28",
                        "2024-02-29", "2024-03-01"))
                .body("buckets.end", contains("2024-02-25", "2024-02-26", "2024-02-27", "2024-02-28",
                        "2024-02-29", "2024-03-01"))
                .body("buckets.count", contains(1, 2, 0, 0, 1, 1))
                .body("buckets.totalDurationMinutes", contains(30, 135, 0, 0, 20, 61))
                .body("buckets.totalDistanceKm", contains(5.25f, 50.125f, 0, 0, 0, 1.001f))
                .body("buckets[1].byType.cycling.count", equalTo(1))
                .body("buckets[1].byType.cycling.durationMinutes", equalTo(90))
                .body("buckets[1].byType.cycling.distanceKm", equalTo(40))
                .body("buckets[1].byType.running.durationMinutes", equalTo(45))
                .body("buckets[1].byType.running.distanceKm", equalTo(10.125f))
                .body("buckets[2].byType", anEmptyMap())
                .body("buckets[4].byType.strength.distanceKm", equalTo(0))
                .body("totals.count", equalTo(5))
                .body("totals.totalDurationMinutes", equalTo(246))
                .body("totals.totalDistanceKm", equalTo(56.376f));
    }

    @Test
    void distancesArePlainNumbersAndTypesComeByName() {
        String json = stats(ann, Map.of("from", "2024-02-26", "to", "2024-02-27")).statusCode(200)
                .extract().asString();

        assertThat(json).contains("\"totalDistanceKm\":50.125", "\"distanceKm\":40}", "\"totalDistanceKm\":0,")
                .doesNotContain("40.000", "E+", "0.000");
        assertThat(json.indexOf("\"cycling\"")).isLessThan(json.indexOf("\"running\""));
    }

    @Test
    void weeksStartOnMondayByDefault() {
        stats(ann, Map.of("period", "week", "from", "2024-02-25", "to", "2024-03-01")).statusCode(200)
                .body("period", equalTo("week"))
                .body("weekStart", equalTo("monday"))
                .body("from", equalTo("2024-02-19"))
                .body("to", equalTo("2024-03-03"))
                .body("buckets.start", contains("2024-02-19", "2024-02-26"))
                .body("buckets.end", contains("2024-02-25", "2024-03-03"))
                .body("buckets.count", contains(1, 4))
                .body("buckets.totalDurationMinutes", contains(30, 216))
                .body("buckets.totalDistanceKm", contains(5.25f, 51.126f))
                .body("buckets[1].byType.running.count", equalTo(2))
                .body("buckets[1].byType.running.durationMinutes", equalTo(106))
                .body("buckets[1].byType.running.distanceKm", equalTo(11.126f))
                .body("buckets[1].byType.strength.count", equalTo(1))
                .body("totals.totalDistanceKm", equalTo(56.376f));
    }

    @Test
    void weeksCanStartOnSunday() {
        stats(ann, Map.of("period", "week", "weekStart", "sunday", "from", "2024-02-25", "to", "2024-03-01"))
                .statusCode(200)
                .body("weekStart", equalTo("sunday"))
                .body("from", equalTo("2024-02-25"))
                .body("to", equalTo("2024-03-02"))
                .body("buckets", hasSize(1))
                .body("buckets[0].count", equalTo(5))
                .body("buckets[0].totalDurationMinutes", equalTo(246))
                .body("buckets[0].totalDistanceKm", equalTo(56.376f));
    }

    @Test
    void monthsAreCalendarMonths() {
        stats(ann, Map.of("period", "month", "from", "2024-02-15", "to", "2024-03-01")).statusCode(200)
                .body("from", equalTo("2024-02-01"))
                .body("to", equalTo("2024-03-31"))
                .body("buckets.start", contains("2024-02-01", "2024-03-01"))
                .body("buckets.end", contains("2024-02-29", "2024-03-31"))
                .body("buckets.count", contains(4, 1))
                .body("buckets.totalDurationMinutes", contains(185, 61))
                .body("buckets.totalDistanceKm", contains(55.375f, 1.001f));
    }

    @Test
    void filtersByTypeAndTag() {
        stats(ann, Map.of("from", "2024-02-25", "to", "2024-03-01", "type", "running")).statusCode(200)
                .body("totals.count", equalTo(3))
                .body("totals.totalDurationMinutes", equalTo(136))
                .body("totals.totalDistanceKm", equalTo(16.376f))
                .body("buckets.byType.collect { it.keySet() }.flatten().unique()", contains("running"));
        stats(ann, Map.of("from", "2024-02-25", "to", "2024-03-01", "tag", "MORNING")).statusCode(200)
                .body("totals.count", equalTo(2))
                .body("totals.totalDurationMinutes", equalTo(120))
                .body("totals.totalDistanceKm", equalTo(45.25f));
        stats(ann, Map.of("from", "2024-02-25", "to", "2024-03-01", "type", "cycling", "tag", "road"))
                .statusCode(200)
                .body("totals.count", equalTo(0))
                .body("buckets", hasSize(6));
    }

    @Test
    void otherUsersDataIsInvisible() {
        String stranger = newUserToken();
        stats(stranger, Map.of("from", "2024-02-25", "to", "2024-03-01")).statusCode(200)
                .body("buckets", hasSize(6))
                .body("buckets.count", everyItem(equalTo(0)))
                .body("totals.count", equalTo(0))
                .body("totals.totalDistanceKm", equalTo(0));
        as(stranger).get(SUMMARY).then().statusCode(200).body("allTime.count", equalTo(0));
    }

    @Test
    void everyWriteShowsInTheNextRead() {
        Map<String, String> leapWeek = Map.of("period", "week", "from", "2024-02-26", "to", "2024-02-26");
        stats(ann, leapWeek).body("totals.count", equalTo(4));

        String id = createActivity(ann, body("rowing", 15, "3", "2024-02-28"));
        stats(ann, leapWeek).body("totals.count", equalTo(5)).body("buckets[0].byType.rowing.count", equalTo(1));

        as(ann).body(body("rowing", 25, "3.5", "2024-02-28")).put("/api/v1/activities/" + id).then()
                .statusCode(200);
        stats(ann, leapWeek).body("buckets[0].byType.rowing.durationMinutes", equalTo(25));

        as(ann).delete("/api/v1/activities/" + id).then().statusCode(204);
        stats(ann, leapWeek).body("totals.count", equalTo(4)).body("buckets[0].byType.rowing", nullValue());

        as(ann).post("/api/v1/activities/" + id + "/restore").then().statusCode(200);
        stats(ann, leapWeek).body("totals.count", equalTo(5));
    }

    // --- defaults ---------------------------------------------------------------------------------------------

    @Test
    void byDefaultTheLast30DaysEndingToday() {
        String token = newUserToken();
        createActivity(token, body("running", 30, "5", TODAY.toString()));
        createActivity(token, body("running", 40, "6", TODAY.minusDays(29).toString()));
        createActivity(token, body("running", 50, "7", TODAY.minusDays(30).toString()));

        JsonPath stats = as(token).get(STATS).then().statusCode(200)
                .body("period", equalTo("day"))
                .body("weekStart", equalTo("monday"))
                .body("from", equalTo(TODAY.minusDays(29).toString()))
                .body("to", equalTo(TODAY.toString()))
                .body("buckets", hasSize(30))
                .body("totals.count", equalTo(2))
                .body("totals.totalDurationMinutes", equalTo(70))
                .extract().jsonPath();
        assertThat(stats.getInt("buckets[0].count")).isEqualTo(1);
        assertThat(stats.getInt("buckets[29].totalDurationMinutes")).isEqualTo(30);
    }

    @Test
    void byDefaultTwelveWeeksEndingWithThisWeek() {
        LocalDate monday = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));

        stats(ann, Map.of("period", "week")).statusCode(200)
                .body("from", equalTo(monday.minusWeeks(11).toString()))
                .body("to", equalTo(monday.plusDays(6).toString()))
                .body("buckets", hasSize(12));
        stats(ann, Map.of("period", "week", "weekStart", "sunday")).statusCode(200)
                .body("from", equalTo(sunday.minusWeeks(11).toString()))
                .body("to", equalTo(sunday.plusDays(6).toString()))
                .body("buckets", hasSize(12));
    }

    @Test
    void byDefaultTwelveMonthsEndingWithThisMonth() {
        stats(ann, Map.of("period", "month")).statusCode(200)
                .body("from", equalTo(TODAY.withDayOfMonth(1).minusMonths(11).toString()))
                .body("to", equalTo(TODAY.with(TemporalAdjusters.lastDayOfMonth()).toString()))
                .body("buckets", hasSize(12));
    }

    @Test
    void onlyToEndsTheDefaultNumberOfBucketsOnlyFromRunsToToday() {
        stats(ann, Map.of("to", "2024-03-01")).statusCode(200)
                .body("from", equalTo("2024-02-01"))
                .body("to", equalTo("2024-03-01"))
                .body("totals.count", equalTo(5));
        stats(ann, Map.of("period", "month", "from", TODAY.minusMonths(2).toString())).statusCode(200)
                .body("to", equalTo(TODAY.with(TemporalAdjusters.lastDayOfMonth()).toString()))
                .body("buckets", hasSize(3));
    }

    // --- validation -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "period|period=year",
            "period|period=WEEK",
            "weekStart|weekStart=tuesday",
            "weekStart|weekStart=Sunday",
            "from|from=2024-02-30",
            "from|from=2024-2-1",
            "to|to=yesterday",
            "to|to=01/03/2024",
            "from|from=2024-03-02&to=2024-03-01",
            "from|period=day&from=2024-01-01&to=2025-01-01",
            "from|period=week&from=2020-01-06&to=2025-01-06",
            "from|period=month&from=2000-01-01&to=2021-09-01",
            "type|type=Running",
            "type|type=run-ning",
            "tag|tag=two%20words",
            "from|from=0000-12-31",
            "to|to=%2B10000-01-01",
            "from|period=week&weekStart=sunday&from=0001-01-01&to=0001-01-10",
            "to|period=week&from=9999-12-25&to=9999-12-31",
    })
    void refusesEachBrokenRule(String field, String query) {
        as(ann).urlEncodingEnabled(false).get(STATS + "?" + query).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains(field));
    }

    @Test
    void emptyParametersCountAsAbsent() {
        // Quarkus REST hands an empty query value (as browsers send for empty form fields) over as absent.
        as(ann).urlEncodingEnabled(false).get(STATS + "?period=&weekStart=&from=&to=2024-03-01&type=&tag=").then()
                .statusCode(200)
                .body("period", equalTo("day"))
                .body("weekStart", equalTo("monday"))
                .body("from", equalTo("2024-02-01"))
                .body("totals.count", equalTo(5));
    }

    @Test
    void onlyFromTooFarBackIsRefused() {
        stats(ann, Map.of("from", TODAY.minusDays(366).toString())).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("from"));
        stats(ann, Map.of("from", TODAY.minusDays(365).toString())).statusCode(200).body("buckets", hasSize(366));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        stats(ann, Map.of("period", "year", "weekStart", "someday", "from", "x", "to", "y", "type", "A", "tag", "#"))
                .statusCode(400)
                .body("errors.field", contains("period", "weekStart", "from", "to", "type", "tag"));
    }

    @Test
    void acceptsTheLimitsExactly() {
        stats(ann, Map.of("period", "day", "from", "2024-01-01", "to", "2024-12-31")).statusCode(200)
                .body("buckets", hasSize(366))
                .body("totals.count", equalTo(5));
        stats(ann, Map.of("period", "week", "from", "2020-01-06", "to", "2024-12-29")).statusCode(200)
                .body("buckets", hasSize(260));
        stats(ann, Map.of("period", "month", "from", "2000-01-01", "to", "2021-08-31")).statusCode(200)
                .body("buckets", hasSize(260));
    }

    @Test
    void answersTheFirstAndLastDatesOfTheCalendar() {
        stats(ann, Map.of("period", "week", "from", "0001-01-01", "to", "0001-01-10")).statusCode(200)
                .body("from", equalTo("0001-01-01"))
                .body("buckets", hasSize(2));
        stats(ann, Map.of("period", "month", "from", "9999-01-01", "to", "9999-12-31")).statusCode(200)
                .body("to", equalTo("9999-12-31"))
                .body("buckets", hasSize(12));
    }

    // --- summary ----------------------------------------------------------------------------------------------

    @Test
    void summaryOfEachWindow() {
        String token = newUserToken();
        // Minutes are powers of two and kilometres the same in metres, so each sum names what it counts.
        List<LocalDate> dates = List.of(TODAY.plusDays(1), TODAY, TODAY.minusDays(6), TODAY.minusDays(7),
                TODAY.minusDays(29), TODAY.minusDays(30), TODAY.withDayOfYear(1), TODAY.withDayOfYear(1).minusDays(1));
        List<Integer> minutes = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            int m = 1 << i;
            minutes.add(m);
            createActivity(token, body("running", m, km(m), dates.get(i).toString()));
        }
        String trashed = createActivity(token, body("running", 512, "9", TODAY.toString()));
        as(token).delete("/api/v1/activities/" + trashed).then().statusCode(204);

        JsonPath summary = as(token).get(SUMMARY).then().statusCode(200).contentType("application/json")
                .extract().jsonPath();

        // Early in January the windows reach into last year, so which dates each holds is worked out per run.
        assertWindow(summary, "last7Days", dates, minutes, TODAY.minusDays(6));
        assertWindow(summary, "last30Days", dates, minutes, TODAY.minusDays(29));
        assertWindow(summary, "yearToDate", dates, minutes, TODAY.withDayOfYear(1));
        assertWindow(summary, "allTime", dates, minutes, LocalDate.MIN);
        assertThat(summary.getInt("allTime.count")).isEqualTo(8);
        assertThat(summary.getInt("allTime.totalDurationMinutes")).isEqualTo(255);
        // The six activities dated relative to today (the low six bits), by hand: the last 7 days hold today and
        // 6 days ago; the last 30 days also 7 and 29 days ago; neither holds tomorrow or 30 days ago.
        assertThat(summary.getInt("last7Days.totalDurationMinutes") & 0b0011_1111).isEqualTo(2 + 4);
        assertThat(summary.getInt("last30Days.totalDurationMinutes") & 0b0011_1111).isEqualTo(2 + 4 + 8 + 16);
    }

    private static void assertWindow(JsonPath summary, String window, List<LocalDate> dates, List<Integer> minutes,
            LocalDate from) {
        int count = 0;
        int sum = 0;
        for (int i = 0; i < dates.size(); i++) {
            if (!dates.get(i).isBefore(from) && (window.equals("allTime") || !dates.get(i).isAfter(TODAY))) {
                count++;
                sum += minutes.get(i);
            }
        }
        assertThat(summary.getInt(window + ".count")).as(window).isEqualTo(count);
        assertThat(summary.getInt(window + ".totalDurationMinutes")).as(window).isEqualTo(sum);
        assertThat(new java.math.BigDecimal(summary.getString(window + ".totalDistanceKm"))).as(window)
                .isEqualByComparingTo(km(sum));
    }

    private static String km(int minutes) {
        return new java.math.BigDecimal(minutes).movePointLeft(3).toPlainString();
    }

}
