package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.stride.testing.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back: requests that need it get 503 with Retry-After (fast, once the breaker is
 * open), never 500 and never a cached answer that cannot be checked; the replica stays ready; when the database is
 * back, the service is too, with nothing lost.
 */
@QuarkusTest
@TestProfile(DatabaseBehindFlakyProxy.class)
class DatabaseOutageApiTest {

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    @Test
    void whileTheDatabaseIsDownRequestsAre503WithRetryAfterFastAndTheServiceRecoversByItself() throws Exception {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 42, "2026-01-15"));
        // Read once, so a cache has it: an entry whose version cannot be checked must not be served.
        as(token).get("/api/v1/activities/" + id).then().statusCode(200);
        // Logged in, but never seen by the account check: its first request needs the database.
        String unseen = newUserToken();

        DatabaseBehindFlakyProxy.PROXY.stop();
        try {
            Response unchecked = as(unseen).get("/api/v1/activities");
            assertThat(unchecked.statusCode()).isEqualTo(503);
            assertThat(unchecked.header("Retry-After")).isEqualTo("5");
            Response login = given().contentType("application/json")
                    .body("{\"email\":\"nobody@example.test\",\"password\":\"correct horse battery\"}")
                    .post("/api/v1/auth/login");
            assertThat(login.statusCode()).isEqualTo(503);

            Response read = as(token).get("/api/v1/activities/" + id);
            assertThat(read.statusCode()).isEqualTo(503);
            assertThat(read.header("Retry-After")).isEqualTo("5");
            assertThat(read.contentType()).startsWith("application/problem+json");
            assertThat(read.jsonPath().getString("type")).isEqualTo("https://stride.dev/problems/service-unavailable");

            Response write = as(token).body(activity("running", 43, "2026-01-16")).post("/api/v1/activities");
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.header("Retry-After")).isEqualTo("5");

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(as(token).get("/api/v1/activities").statusCode());
            }
            assertThat(statuses).containsOnly(503);
            long started = System.nanoTime();
            as(token).get("/api/v1/activities/" + id).then().statusCode(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused by the open breaker")
                    .isLessThan(Duration.ofMillis(250));

            given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'Database' }.data.reachable", equalTo(false));
            String metrics = given().port(managementPort).get("/q/metrics").then().extract().asString();
            assertThat(metrics)
                    .containsPattern("ft_retry_retries_total\\{[^}]*DatabaseGuard.repeatable[^}]*} [1-9]")
                    .containsPattern("ft_circuitbreaker_opened_total\\{[^}]*DatabaseGuard.repeatable[^}]*} [1-9]")
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"503\"[^}]*} [1-9]");
        } finally {
            DatabaseBehindFlakyProxy.PROXY.start();
        }

        assertThat(Eventually.holds(Duration.ofSeconds(15), Duration.ofMillis(200),
                () -> as(token).get("/api/v1/activities/" + id).statusCode() == 200))
                .as("back once the database is").isTrue();
        as(token).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(1));
    }
}
