package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The Conventions section of API.md: problem+json, request ids, body rules. */
@QuarkusTest
class ConventionsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void echoesAWellFormedRequestId() {
        given().header("X-Request-ID", "abc.DEF_123-x")
                .get("/api/v1/activities")
                .then()
                .statusCode(401)
                .header("X-Request-ID", "abc.DEF_123-x")
                .body("requestId", equalTo("abc.DEF_123-x"));
    }

    @Test
    void replacesAMalformedRequestIdWithAUuid() {
        given().header("X-Request-ID", "has spaces and / slashes")
                .get("/api/v1/activities")
                .then()
                .header("X-Request-ID", matchesPattern(UUID));
        given().header("X-Request-ID", "x".repeat(65))
                .get("/api/v1/activities")
                .then()
                .header("X-Request-ID", matchesPattern(UUID));
    }

    @Test
    void givesEveryResponseARequestId() {
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/auth/login")
                .then()
                .header("X-Request-ID", matchesPattern(UUID));
    }

    @Test
    void answersProblemJsonWithEveryMember() {
        given().contentType(ContentType.JSON).body("{\"email\":\"x\",\"password\":\"y\"}")
                .header("X-Request-ID", "problem-test")
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("/problems/"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("detail", notNullValue())
                .body("instance", equalTo("/api/v1/auth/register"))
                .body("requestId", equalTo("problem-test"))
                .body("errors[0].field", notNullValue())
                .body("errors[0].message", notNullValue());
    }

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"email\": \"a@b.c\", ")
                .post("/api/v1/auth/register")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("jackson")))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void unknownFieldsAre400() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"a@example.com\",\"password\":\"0123456789\",\"admin\":true}")
                .post("/api/v1/auth/register")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("admin"));
    }

    @Test
    void wrongTypesAre400WithoutClassNames() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":[\"a@example.com\"],\"password\":\"0123456789\"}")
                .post("/api/v1/auth/register")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body(not(containsString("java.lang")));
    }

    @Test
    void anEmptyBodyIs400() {
        given().contentType(ContentType.JSON)
                .post("/api/v1/auth/register")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("")
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aJsonNullBodyIs400() {
        given().contentType(ContentType.JSON).body("null")
                .post("/api/v1/auth/register")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        given().contentType(ContentType.TEXT).body("email=a@example.com")
                .post("/api/v1/auth/register")
                .then().statusCode(415).contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void aBodyOver1MiBIs413() {
        String big = "{\"email\":\"a@example.com\",\"password\":\"" + "x".repeat(1024 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(big)
                .post("/api/v1/auth/register")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .header("X-Request-ID", notNullValue());
    }

    @Test
    void aBodyJustUnder1MiBIsRead() {
        String padding = "x".repeat(1024 * 1024 - 200);
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"a@example.com\",\"password\":\"" + padding + "\"}")
                .post("/api/v1/auth/register")
                .then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void unknownPathsAre404ProblemJson() {
        given().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .header("X-Request-ID", notNullValue());
    }

    @Test
    void wrongMethodsAre405ProblemJson() {
        given().delete("/api/v1/auth/login")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
