package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.testing.Eventually;
import dev.stride.testing.webhooks.TestReceiver;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM as Kubernetes or an operator sends it, on the packaged service with production's shutdown settings
 * (readiness DOWN for a drain delay while still serving, then new requests refused and those in flight finished
 * within the timeout): a balancer can take the replica out before anything is refused, and no client that was
 * being served loses its answer.
 */
class ShutdownIT {

    private static final Duration DELAY = Duration.ofSeconds(2);
    private static final Map<String, String> PRODUCTION_SHUTDOWN = Map.of(
            "quarkus.shutdown.delay", DELAY.toSeconds() + "s",
            "quarkus.shutdown.timeout", "10s");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void anIdleServiceExitsRightAfterItsDrainDelay() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(PRODUCTION_SHUTDOWN)) {
            Duration stop = service.terminate();

            assertThat(stop).isBetween(DELAY, DELAY.plusSeconds(2));
        }
    }

    @Test
    void onSigtermReadinessGoesDownFirstThenNewRequestsAreRefusedAndThoseInFlightAllGetTheirAnswers()
            throws Exception {
        try (ServiceProcess service = ServiceProcess.start(PRODUCTION_SHUTDOWN);
             TestReceiver receiver = TestReceiver.start().hang()) {
            String token = service.newUserToken();
            // A delivery under way at SIGTERM: its receiver never answers.
            given().port(service.port).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url("/hook"), "events", List.of("activity.created")))
                    .post("/api/v1/webhooks").then().statusCode(201);
            String activity = given().port(service.port).auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-15\"}")
                    .post("/api/v1/activities").then().statusCode(201).extract().path("id");
            receiver.awaitRequests(1, Duration.ofSeconds(10));

            try (Connection lock = DriverManager.getConnection(ProductionSettings.JDBC_URL, "postgres", "")) {
                // Three slow requests: their queries wait behind this lock until the test lets it go.
                lock.setAutoCommit(false);
                try (Statement statement = lock.createStatement()) {
                    statement.execute("LOCK TABLE activities IN ACCESS EXCLUSIVE MODE");
                }
                List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    // Three different pages: identical reads would share one load.
                    inFlight.add(CLIENT.sendAsync(api(service, "/api/v1/activities?limit=" + (10 + i)).header(
                            "Authorization",
                            "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()));
                }
                assertThat(Eventually.holds(Duration.ofSeconds(10), Duration.ofMillis(50),
                        () -> waitingOnLock(lock) >= 3)).as("the requests wait on the locked table").isTrue();

                service.signalTerminate();

                assertThat(Eventually.holds(Duration.ofSeconds(1), Duration.ofMillis(20),
                        () -> status(management(service, "/q/health/ready")) == 503))
                        .as("readiness DOWN at once").isTrue();
                long readinessDown = System.nanoTime();
                assertThat(status(api(service, "/q/openapi"))).as("still serving during the drain").isEqualTo(200);
                assertThat(status(management(service, "/q/health/live"))).as("alive").isEqualTo(200);
                assertThat(servesUntil(service, readinessDown, DELAY.dividedBy(2)))
                        .as("serving throughout the first half of the drain").isTrue();

                assertThat(Eventually.holds(DELAY.plusSeconds(1), Duration.ofMillis(50),
                        () -> List.of(503, -1).contains(status(api(service, "/q/openapi")))))
                        .as("new requests refused after the drain (503, or a closed port)").isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - readinessDown)).isGreaterThan(DELAY.minusMillis(300));
                assertThat(inFlight).noneMatch(CompletableFuture::isDone);

                lock.commit();
                for (CompletableFuture<HttpResponse<String>> request : inFlight) {
                    HttpResponse<String> answer = request.get();
                    assertThat(answer.statusCode()).isEqualTo(200);
                    assertThat(answer.body()).contains(activity);
                }
            }
            assertThat(service.awaitExit(Duration.ofSeconds(15))).as("exits once the requests are answered").isTrue();

            try (Connection db = DriverManager.getConnection(ProductionSettings.JDBC_URL, "postgres", "");
                 Statement statement = db.createStatement();
                 ResultSet delivery = statement.executeQuery("SELECT status FROM webhook_deliveries d"
                         + " JOIN webhook_subscriptions s ON s.id = d.subscription_id"
                         + " WHERE d.payload LIKE '%" + activity + "%'")) {
                assertThat(delivery.next()).as("the delivery under way is kept").isTrue();
                assertThat(delivery.getString(1)).as("to be attempted again after its lease").isEqualTo("pending");
            }
        }
    }

    private static HttpRequest.Builder api(ServiceProcess service, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port + path))
                .timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder management(ServiceProcess service, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.managementPort + path))
                .timeout(Duration.ofSeconds(5));
    }

    /** The status, or -1 when the connection was refused or cut. */
    private static int status(HttpRequest.Builder request) throws InterruptedException {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException refused) {
            return -1;
        }
    }

    /** Whether every request made from now until {@code after} past {@code startNanos} was served. */
    private static boolean servesUntil(ServiceProcess service, long startNanos, Duration after)
            throws InterruptedException {
        while (System.nanoTime() - startNanos < after.toNanos()) {
            if (status(api(service, "/q/openapi")) != 200) {
                return false;
            }
        }
        return true;
    }

    private static int waitingOnLock(Connection lock) throws Exception {
        try (Statement statement = lock.createStatement();
             ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }
}
