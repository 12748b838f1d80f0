package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.adminToken;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What every cache configuration must keep true: each kind of write shows at once in the activity, the lists, the
 * statistics and the summary the caller reads next. Run against each configuration by the subclasses.
 */
abstract class CacheFlows {

    static final String STATS = "/api/v1/stats?period=day&from=2024-02-26&to=2024-03-03";

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    /** Reads everything twice, so that the second round is served from the cache where there is one. */
    static void readEverything(String token, String id, int expectedCount) {
        for (int round = 0; round < 2; round++) {
            if (id != null) {
                as(token).get("/api/v1/activities/" + id).then().statusCode(expectedCount > 0 ? 200 : 404);
            }
            as(token).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(expectedCount));
            as(token).get(STATS).then().statusCode(200).body("totals.count", equalTo(expectedCount));
            as(token).get("/api/v1/stats/summary").then().statusCode(200)
                    .body("allTime.count", equalTo(expectedCount));
        }
    }

    @Test
    void everyKindOfWriteShowsInTheNextReads() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2024-02-28"));
        readEverything(token, id, 1);

        as(token).body(activity("running", 75, "2024-02-28")).put("/api/v1/activities/" + id).then().statusCode(200);
        as(token).get("/api/v1/activities/" + id).then().statusCode(200).body("durationMinutes", equalTo(75));
        as(token).get("/api/v1/activities").then().body("items[0].durationMinutes", equalTo(75));
        as(token).get(STATS).then().body("totals.totalDurationMinutes", equalTo(75));
        as(token).get("/api/v1/stats/summary").then().body("allTime.totalDurationMinutes", equalTo(75));
        readEverything(token, id, 1);

        as(token).delete("/api/v1/activities/" + id).then().statusCode(204);
        readEverything(token, id, 0);

        as(token).post("/api/v1/activities/" + id + "/restore").then().statusCode(200);
        readEverything(token, id, 1);

        String second = createActivity(token, activity("cycling", 60, "2024-02-29"));
        readEverything(token, second, 2);

        as(adminToken()).delete("/api/v1/admin/activities/" + second).then().statusCode(204);
        as(token).get("/api/v1/activities/" + second).then().statusCode(404);
        readEverything(token, id, 1);
    }

    @Test
    void anotherUsersActivityStaysHiddenAfterItsOwnerReadIt() {
        String ann = newUserToken();
        String id = createActivity(ann, activity("running", 30, "2024-02-28"));
        as(ann).get("/api/v1/activities/" + id).then().statusCode(200);

        as(newUserToken()).get("/api/v1/activities/" + id).then().statusCode(404);
    }

    String metrics() {
        return given().port(managementPort).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    double gets(String cache, String result) {
        return metric("cache_gets_total{cache=\"" + cache + "\",result=\"" + result + "\"}");
    }

    double metric(String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
