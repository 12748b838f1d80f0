package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.PASSWORD;
import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.login;
import static dev.stride.bootstrap.api.Api.refresh;
import static dev.stride.bootstrap.api.Api.register;
import static dev.stride.bootstrap.api.Api.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Sessions and rate counters use the {@code sessions} client, the cache the default one: with the cache's server
 * down, refresh tokens and shared limits work on theirs, reads are served from the database, and readiness tells
 * the two servers apart.
 */
@QuarkusTest
@TestProfile(CacheRedisDown.class)
class SplitRedisApiTest {

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    @Test
    void sessionsAndLimitsLiveOnTheirOwnServerWhileTheCachesIsDown() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        JsonPath tokens = login(email, PASSWORD).statusCode(200)
                .body("refreshToken", notNullValue()).extract().jsonPath();
        String renewed = refresh(tokens.getString("refreshToken")).statusCode(200)
                .extract().path("accessToken");

        String id = createActivity(renewed, activity("running", 42, "2026-01-15"));
        as(renewed).get("/api/v1/activities/" + id).then().statusCode(200)
                .header("RateLimit-Policy", notNullValue());

        given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Redis' }.data.reachable", equalTo(true))
                .body("checks.find { it.name == 'Redis cache' }.data.reachable", equalTo(false));
        String metrics = given().port(managementPort).get("/q/metrics").then().extract().asString();
        assertThat(metrics).contains("ratelimit_fallback_active 0.0")
                .containsPattern("dependency_up\\{[^}]*dependency=\"redis\"[^}]*} 1\\.0")
                .containsPattern("dependency_up\\{[^}]*dependency=\"redis-cache\"[^}]*} 0\\.0");
    }
}
