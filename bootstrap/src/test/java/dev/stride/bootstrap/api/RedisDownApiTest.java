package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.PASSWORD;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.login;
import static dev.stride.bootstrap.api.Api.logout;
import static dev.stride.bootstrap.api.Api.refresh;
import static dev.stride.bootstrap.api.Api.register;
import static dev.stride.bootstrap.api.Api.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With Redis unreachable: logins still work (access token only), refresh and logout are 503, nothing is 500. */
@QuarkusTest
@TestProfile(RedisDown.class)
class RedisDownApiTest {

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    @Test
    void loginSucceedsWithAnAccessTokenAlone() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);

        JsonPath body = login(email, PASSWORD).statusCode(200)
                .body("accessToken", notNullValue())
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("$", not(hasKey("refreshToken")))
                .extract().jsonPath();

        as(body.getString("accessToken")).get("/api/v1/me").then().statusCode(200);
        as(body.getString("accessToken")).get("/api/v1/activities").then().statusCode(200);
    }

    @Test
    void refreshAndLogoutAnswer503ProblemJson() {
        refresh("some-token").statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503))
                .body("requestId", notNullValue());
        logout("some-token").statusCode(503).contentType("application/problem+json");
        // Input errors are still input errors.
        given().contentType("application/json").body("{}").post("/api/v1/auth/refresh").then().statusCode(400);
    }

    @Test
    void anAccountCanStillBeDeleted() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        String token = login(email, PASSWORD).statusCode(200).extract().path("accessToken");

        as(token).delete("/api/v1/me").then().statusCode(204);

        as(token).get("/api/v1/me").then().statusCode(401);
        login(email, PASSWORD).statusCode(401);
    }

    /**
     * Redis is shared by every replica: a readiness that went DOWN with it would take the whole fleet out of the
     * load balancer at once, while the service degrades fine without it. So it is reported, not followed.
     */
    @Test
    void readinessReportsRedisDownWithoutGoingDown() {
        JsonPath health = given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Redis"))
                .extract().jsonPath();
        Assertions.assertThat(health.getBoolean("checks.find { it.name == 'Redis' }.data.reachable")).isFalse();
        given().port(managementPort).get("/q/health/live").then().statusCode(200);
        given().port(managementPort).get("/q/metrics").then()
                .body(matchesPattern("(?s).*\\ndependency_up\\{[^}]*dependency=\"redis\"[^}]*\\} 0\\.0\\n.*"));
    }
}
