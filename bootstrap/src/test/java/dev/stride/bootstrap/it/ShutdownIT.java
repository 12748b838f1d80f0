package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.testing.Eventually;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM as Kubernetes sends it, on the packaged service with the production shutdown timeout (10 s):
 * {@code quarkus.shutdown.timeout} is an upper bound for requests in flight, not a wait every stop pays.
 */
class ShutdownIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Map<String, String> PRODUCTION_TIMEOUT = Map.of("quarkus.shutdown.timeout", "10s");

    @Test
    void anIdleServiceExitsWithinTwoSecondsOfSigterm() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(PRODUCTION_TIMEOUT)) {
            Duration stop = service.terminate();

            assertThat(stop).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aRequestInFlightAtSigtermStillGetsItsAnswer() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(PRODUCTION_TIMEOUT)) {
            String token = accessToken(service.port);
            try (Connection lock = DriverManager.getConnection(ProductionSettings.JDBC_URL, "postgres", "")) {
                // The request's query waits behind this lock until the test lets it go, well after SIGTERM.
                lock.setAutoCommit(false);
                try (Statement statement = lock.createStatement()) {
                    statement.execute("LOCK TABLE activities IN ACCESS EXCLUSIVE MODE");
                }
                CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port + "/api/v1/activities"))
                                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(Eventually.holds(Duration.ofSeconds(10), Duration.ofMillis(50), () -> waitsOnLock(lock)))
                        .as("the request is waiting on the locked table").isTrue();

                service.signalTerminate();
                Thread.sleep(1_000);
                assertThat(inFlight).as("answered before its query could run").isNotDone();
                assertThat(service.isAlive()).as("stopped with a request in flight").isTrue();
                lock.commit();

                HttpResponse<String> answer = inFlight.get();
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).contains("\"items\"");
            }
            assertThat(service.awaitExit(Duration.ofSeconds(10))).as("exits once the request is answered").isTrue();
        }
    }

    private static boolean waitsOnLock(Connection lock) throws Exception {
        try (Statement statement = lock.createStatement();
             ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
            waiting.next();
            return waiting.getInt(1) > 0;
        }
    }

    private static String accessToken(int port) {
        String credentials = "{\"email\":\"it-" + UUID.randomUUID() + "@example.com\",\"password\":\"" + PASSWORD
                + "\"}";
        given().port(port).contentType(ContentType.JSON).body(credentials).post("/api/v1/auth/register")
                .then().statusCode(201);
        return given().port(port).contentType(ContentType.JSON).body(credentials).post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("accessToken");
    }
}
