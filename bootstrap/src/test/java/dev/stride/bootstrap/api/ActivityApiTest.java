package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ActivityApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void createsAnActivity() {
        String token = newUserToken();
        String id = as(token).body(activity("running", 42, "2026-01-15"))
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .body("activityType", equalTo("running"))
                .body("durationMinutes", equalTo(42))
                .body("distanceKm", equalTo(5.25f))
                .body("notes", equalTo("easy"))
                .body("activityDate", equalTo("2026-01-15"))
                .body("tags", contains("morning", "park"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("deletedAt", nullValue())
                .extract().path("id");
        as(token).get("/api/v1/activities/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void pointsLocationAtTheNewActivity() {
        String token = newUserToken();
        var response = as(token).body(activity("cycling", 60, "2026-02-01")).post("/api/v1/activities")
                .then().statusCode(201).extract();
        org.assertj.core.api.Assertions.assertThat(response.header("Location"))
                .endsWith("/api/v1/activities/" + response.path("id"));
    }

    @Test
    void acceptsTheOptionalFieldsAsNullOrAbsent() {
        String token = newUserToken();
        as(token).body("{\"activityType\":\"strength\",\"durationMinutes\":30,\"activityDate\":\"2026-03-01\","
                        + "\"distanceKm\":null,\"notes\":null}")
                .post("/api/v1/activities")
                .then().statusCode(201)
                .body("distanceKm", nullValue())
                .body("notes", nullValue())
                .body("tags", empty());
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        String token = newUserToken();
        String tomorrow = TODAY.plusDays(1).toString();
        String tenTags = "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\"]";
        as(token).body("{\"activityType\":\"" + "a".repeat(32) + "\",\"durationMinutes\":1440,\"distanceKm\":1000,"
                        + "\"notes\":\"" + "n".repeat(2000) + "\",\"activityDate\":\"" + tomorrow + "\",\"tags\":"
                        + tenTags + "}")
                .post("/api/v1/activities").then().statusCode(201);
        as(token).body("{\"activityType\":\"a\",\"durationMinutes\":1,\"distanceKm\":0.001,"
                        + "\"activityDate\":\"2000-02-29\",\"tags\":[\"" + "t".repeat(32) + "\"]}")
                .post("/api/v1/activities").then().statusCode(201).body("distanceKm", equalTo(0.001f));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "activityType|{\"activityType\":\"Running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\"}",
            "activityType|{\"activityType\":\"run-ning\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\"}",
            "activityType|{\"activityType\":\"\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\"}",
            "activityType|{\"durationMinutes\":30,\"activityDate\":\"2026-01-01\"}",
            "activityType|{\"activityType\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\"}",
            "durationMinutes|{\"activityType\":\"running\",\"durationMinutes\":0,\"activityDate\":\"2026-01-01\"}",
            "durationMinutes|{\"activityType\":\"running\",\"durationMinutes\":1441,\"activityDate\":\"2026-01-01\"}",
            "durationMinutes|{\"activityType\":\"running\",\"activityDate\":\"2026-01-01\"}",
            "durationMinutes|{\"activityType\":\"running\",\"durationMinutes\":30.5,\"activityDate\":\"2026-01-01\"}",
            "durationMinutes|{\"activityType\":\"running\",\"durationMinutes\":\"30\",\"activityDate\":\"2026-01-01\"}",
            "distanceKm|{\"activityType\":\"running\",\"durationMinutes\":30,\"distanceKm\":-0.1,\"activityDate\":\"2026-01-01\"}",
            "distanceKm|{\"activityType\":\"running\",\"durationMinutes\":30,\"distanceKm\":1000.001,\"activityDate\":\"2026-01-01\"}",
            "distanceKm|{\"activityType\":\"running\",\"durationMinutes\":30,\"distanceKm\":1.2345,\"activityDate\":\"2026-01-01\"}",
            "distanceKm|{\"activityType\":\"running\",\"durationMinutes\":30,\"distanceKm\":\"5\",\"activityDate\":\"2026-01-01\"}",
            "activityDate|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-13-01\"}",
            "activityDate|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"01/02/2026\"}",
            "activityDate|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-02-30\"}",
            "activityDate|{\"activityType\":\"running\",\"durationMinutes\":30}",
            "tags[0]|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\",\"tags\":[\"no spaces\"]}",
            "tags[1]|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\",\"tags\":[\"ok\",\"\"]}",
            "tags[0]|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\",\"tags\":[\"tttttttttttttttttttttttttttttttttt\"]}",
            "tags|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\",\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]}",
            "tags|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\",\"tags\":\"solo\"}",
            "notes|{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\",\"notes\":7}",
    })
    void refusesEachBrokenRule(String field, String body) {
        as(newUserToken()).body(body).post("/api/v1/activities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void refusesNotesOver2000Characters() {
        as(newUserToken())
                .body("{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\","
                        + "\"notes\":\"" + "n".repeat(2001) + "\"}")
                .post("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("notes"));
    }

    @Test
    void refusesDatesAfterTomorrow() {
        as(newUserToken()).body(activity("running", 30, TODAY.plusDays(2).toString()))
                .post("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("activityDate"));
    }

    @Test
    void collapsesDuplicateTagsBeforeCountingThem() {
        as(newUserToken())
                .body("{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\","
                        + "\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"A\",\"b\"]}")
                .post("/api/v1/activities")
                .then().statusCode(201).body("tags.size()", equalTo(10));
    }

    @Test
    void servesAnETagAndHonoursIfNoneMatch() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2026-01-01"));
        String etag = as(token).get("/api/v1/activities/" + id).then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        as(token).header("If-None-Match", etag).get("/api/v1/activities/" + id).then().statusCode(304);
        as(token).header("If-None-Match", "\"other\", " + etag).get("/api/v1/activities/" + id)
                .then().statusCode(304);
        as(token).header("If-None-Match", "\"stale\"").get("/api/v1/activities/" + id).then().statusCode(200);
    }

    @Test
    void hidesMissingDeletedAndOtherUsersActivities() {
        String owner = newUserToken();
        String stranger = newUserToken();
        String id = createActivity(owner, activity("running", 30, "2026-01-01"));
        as(stranger).get("/api/v1/activities/" + id).then().statusCode(404).contentType("application/problem+json");
        as(stranger).body(activity("running", 31, "2026-01-01")).put("/api/v1/activities/" + id)
                .then().statusCode(404);
        as(stranger).delete("/api/v1/activities/" + id).then().statusCode(404);
        as(stranger).post("/api/v1/activities/" + id + "/restore").then().statusCode(404);
        as(owner).get("/api/v1/activities/" + UUID.randomUUID()).then().statusCode(404);
        as(owner).get("/api/v1/activities/not-a-uuid").then().statusCode(404);
        as(owner).delete("/api/v1/activities/" + id).then().statusCode(204);
        as(owner).get("/api/v1/activities/" + id).then().statusCode(404);
    }

    @Test
    void replacesEveryEditableField() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2026-01-01"));
        as(token).body("{\"activityType\":\"swimming\",\"durationMinutes\":45,\"activityDate\":\"2026-01-02\"}")
                .put("/api/v1/activities/" + id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("activityType", equalTo("swimming"))
                .body("durationMinutes", equalTo(45))
                .body("distanceKm", nullValue())
                .body("notes", nullValue())
                .body("tags", empty())
                .body("activityDate", equalTo("2026-01-02"));
    }

    @Test
    void updatesOnlyTheVersionNamedInIfMatch() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2026-01-01"));
        String etag = as(token).get("/api/v1/activities/" + id).then().extract().header("ETag");
        String newEtag = as(token).header("If-Match", etag).body(activity("running", 31, "2026-01-01"))
                .put("/api/v1/activities/" + id).then().statusCode(200).extract().header("ETag");
        as(token).header("If-Match", etag).body(activity("running", 32, "2026-01-01"))
                .put("/api/v1/activities/" + id).then().statusCode(412).contentType("application/problem+json");
        as(token).get("/api/v1/activities/" + id).then().body("durationMinutes", equalTo(31))
                .header("ETag", equalTo(newEtag));
        as(token).header("If-Match", "*").body(activity("running", 33, "2026-01-01"))
                .put("/api/v1/activities/" + id).then().statusCode(200);
    }

    @Test
    void validatesAnUpdateLikeACreation() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2026-01-01"));
        as(token).body("{\"activityType\":\"running\",\"durationMinutes\":0,\"activityDate\":\"2026-01-01\"}")
                .put("/api/v1/activities/" + id)
                .then().statusCode(400).body("errors.field", hasItem("durationMinutes"));
        as(token).contentType(ContentType.JSON).put("/api/v1/activities/" + id).then().statusCode(400);
    }

    @Test
    void restoresWhateverContentTypeABodylessPostCarries() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2026-01-01"));
        as(token).delete("/api/v1/activities/" + id).then().statusCode(204);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + token)
                .contentType("text/plain")
                .post("/api/v1/activities/" + id + "/restore").then().statusCode(200);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + token)
                .get("/api/v1/activities/" + id).then().statusCode(200);
    }

    @Test
    void refusesANonJsonBodyWith415() {
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + newUserToken())
                .contentType("text/plain").body("running for 30 minutes")
                .post("/api/v1/activities").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void softDeletesToTheTrashAndRestores() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2026-01-01"));
        as(token).delete("/api/v1/activities/" + id).then().statusCode(204);
        as(token).delete("/api/v1/activities/" + id).then().statusCode(404);
        as(token).body(activity("running", 31, "2026-01-01")).put("/api/v1/activities/" + id)
                .then().statusCode(404);
        as(token).get("/api/v1/activities").then().body("total", equalTo(0));
        as(token).get("/api/v1/activities/trash").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].deletedAt", notNullValue());
        as(token).post("/api/v1/activities/" + id + "/restore").then().statusCode(200)
                .body("id", equalTo(id))
                .body("deletedAt", nullValue());
        as(token).post("/api/v1/activities/" + id + "/restore").then().statusCode(409)
                .contentType("application/problem+json");
        as(token).get("/api/v1/activities/" + id).then().statusCode(200);
        as(token).get("/api/v1/activities/trash").then().body("total", equalTo(0));
    }

    @Test
    void listsTheTrashNewestDeletionFirst() {
        String token = newUserToken();
        String first = createActivity(token, activity("running", 30, "2026-01-01"));
        String second = createActivity(token, activity("running", 30, "2026-01-02"));
        as(token).delete("/api/v1/activities/" + second).then().statusCode(204);
        as(token).delete("/api/v1/activities/" + first).then().statusCode(204);
        as(token).get("/api/v1/activities/trash").then()
                .body("items.id", contains(first, second));
    }

    @Test
    void listsNewestActivityDateFirstThenNewestCreation() {
        String token = newUserToken();
        String older = createActivity(token, activity("running", 30, "2026-01-01"));
        String newerFirst = createActivity(token, activity("running", 30, "2026-01-05"));
        String newerSecond = createActivity(token, activity("running", 30, "2026-01-05"));
        as(token).get("/api/v1/activities").then().statusCode(200)
                .body("items.id", contains(newerSecond, newerFirst, older))
                .body("page", equalTo(1))
                .body("limit", equalTo(20))
                .body("total", equalTo(3))
                .body("totalPages", equalTo(1))
                .body("hasNext", equalTo(false));
    }

    @Test
    void pagesThroughTheList() {
        String token = newUserToken();
        for (int day = 1; day <= 5; day++) {
            createActivity(token, activity("running", 30, "2026-01-0" + day));
        }
        as(token).get("/api/v1/activities?page=2&limit=2").then()
                .body("items.activityDate", contains("2026-01-03", "2026-01-02"))
                .body("total", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("hasNext", equalTo(true));
        as(token).get("/api/v1/activities?page=3&limit=2").then()
                .body("items.size()", equalTo(1)).body("hasNext", equalTo(false));
        as(token).get("/api/v1/activities?page=9&limit=2").then().body("items", empty());
    }

    @ParameterizedTest
    @CsvSource({"page,0", "page,-1", "page,x", "limit,0", "limit,101", "limit,ten"})
    void refusesPagingOutOfRange(String parameter, String value) {
        as(newUserToken()).get("/api/v1/activities?" + parameter + "=" + value).then().statusCode(400)
                .body("errors.field", hasItem(parameter));
        as(newUserToken()).get("/api/v1/activities/trash?" + parameter + "=" + value).then().statusCode(400);
    }

    @Test
    void filtersByTypeTagAndInclusiveDates() {
        String token = newUserToken();
        createActivity(token, "{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\",\"tags\":[\"race\"]}");
        createActivity(token, "{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-10\"}");
        createActivity(token, "{\"activityType\":\"cycling\",\"durationMinutes\":30,\"activityDate\":\"2026-01-20\",\"tags\":[\"race\"]}");
        as(token).get("/api/v1/activities?type=running").then().body("total", equalTo(2));
        as(token).get("/api/v1/activities?tag=RACE").then().body("total", equalTo(2));
        as(token).get("/api/v1/activities?from=2026-01-10&to=2026-01-20").then().body("total", equalTo(2));
        as(token).get("/api/v1/activities?from=2026-01-10").then().body("total", equalTo(2));
        as(token).get("/api/v1/activities?to=2026-01-01").then().body("total", equalTo(1));
        as(token).get("/api/v1/activities?type=running&tag=race&to=2026-01-05").then()
                .body("total", equalTo(1)).body("items[0].activityDate", equalTo("2026-01-01"));
    }

    @ParameterizedTest
    @CsvSource({"type,Running", "tag,has space", "from,2026-1-1", "to,yesterday", "from,2026-02-01&to=2026-01-01"})
    void refusesMalformedFilters(String parameter, String value) {
        as(newUserToken()).get("/api/v1/activities?" + parameter + "=" + value).then().statusCode(400)
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void neverListsAnotherUsersActivities() {
        String mine = newUserToken();
        String theirs = newUserToken();
        createActivity(theirs, activity("running", 30, "2026-01-01"));
        as(mine).get("/api/v1/activities").then().body("total", equalTo(0));
    }
}
