package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.stride.testing.Eventually;
import dev.stride.testing.servers.TestServers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A request that waits on a locked table is answered 504 at its deadline, and its statement is cancelled at the
 * same moment: no worker stays blocked behind the lock, and an abandoned write leaves nothing behind.
 */
@QuarkusTest
@TestProfile(ShortDeadline.class)
class DeadlineApiTest {

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    @Test
    void aRequestBehindALockedTableIs504AtItsDeadlineAndItsStatementIsCancelled() throws Exception {
        String token = newUserToken();
        createActivity(token, activity("running", 42, "2026-01-15"));

        try (Connection lock = lockActivities()) {
            long started = System.nanoTime();
            Response read = as(token).get("/api/v1/activities");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(read.statusCode()).isEqualTo(504);
            assertThat(read.contentType()).startsWith("application/problem+json");
            assertThat(read.jsonPath().getString("type")).isEqualTo("https://stride.dev/problems/deadline-exceeded");
            assertThat(read.jsonPath().getString("requestId")).isEqualTo(read.header("X-Request-ID"));
            assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(2500));
            assertThat(Eventually.holds(Duration.ofSeconds(2), Duration.ofMillis(50), () -> waiters(lock) == 0))
                    .as("the waiting statement was cancelled, its worker freed").isTrue();

            Response write = as(token).body(activity("running", 43, "2026-01-16")).post("/api/v1/activities");
            assertThat(write.statusCode()).isEqualTo(504);
            assertThat(Eventually.holds(Duration.ofSeconds(2), Duration.ofMillis(50), () -> waiters(lock) == 0))
                    .isTrue();
        }

        as(token).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(1));
        String metrics = given().port(managementPort).get("/q/metrics").then().extract().asString();
        assertThat(metrics).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*status=\"504\"[^}]*uri=\"/api/v1/activities\"[^}]*} [1-9]");
    }

    @Test
    void aRequestThatWaitsLessThanItsDeadlineIsAnsweredNormally() throws Exception {
        String token = newUserToken();
        createActivity(token, activity("running", 42, "2026-01-15"));

        try (Connection lock = lockActivities()) {
            CompletableFuture<Response> read = CompletableFuture.supplyAsync(
                    () -> as(token).get("/api/v1/activities"));
            assertThat(Eventually.holds(Duration.ofSeconds(1), Duration.ofMillis(20), () -> waiters(lock) == 1))
                    .as("the read waits on the lock").isTrue();
            // Released well inside the one-second deadline: neither the timer nor the statement timeout may cut
            // the request short.
            Thread.sleep(400);
            lock.commit();

            Response answer = read.get(5, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.jsonPath().getInt("total")).isEqualTo(1);
        }
    }

    private static Connection lockActivities() throws Exception {
        Connection lock = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + TestServers.postgresPort()
                + "/test?currentSchema=stride_test", "postgres", "");
        lock.setAutoCommit(false);
        try (Statement statement = lock.createStatement()) {
            statement.execute("LOCK TABLE activities IN ACCESS EXCLUSIVE MODE");
        }
        return lock;
    }

    private static int waiters(Connection lock) throws Exception {
        try (Statement statement = lock.createStatement();
             ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }
}
