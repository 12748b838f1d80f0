package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.stride.testing.Eventually;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged application on its production profile, against the real PostgreSQL and Redis. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = ProductionSettings.class, restrictToAnnotatedClass = true)
class PackagedApplicationIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void servesTheActivityLifeCycleOnPostgres() {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        given().contentType(ContentType.JSON).body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/auth/register").then().statusCode(201);
        String token = given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");

        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"activityType\":\"running\",\"durationMinutes\":30,\"distanceKm\":5.5,"
                        + "\"activityDate\":\"2026-01-01\",\"tags\":[\"Park\"]}")
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).get("/api/v1/activities/" + id).then().statusCode(200)
                .header("ETag", notNullValue()).body("tags[0]", equalTo("park"));
        given().auth().oauth2(token).delete("/api/v1/activities/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/activities/trash").then().body("total", equalTo(1));
        given().auth().oauth2(token).post("/api/v1/activities/" + id + "/restore").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/activities").then().body("total", equalTo(1));
    }

    @Test
    void servesSessionsFromRedisAndTheAccountLifeCycle() {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        register(email);
        Map<String, Object> first = login(email);

        Map<String, Object> second = refresh((String) first.get("refreshToken"), RestAssured.port);
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + first.get("refreshToken") + "\"}")
                .post("/api/v1/auth/refresh").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + second.get("refreshToken") + "\"}")
                .post("/api/v1/auth/refresh").then().statusCode(401);

        String token = (String) login(email).get("accessToken");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("email", equalTo(email));
        given().auth().oauth2(token).delete("/api/v1/me").then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void aRefreshTokenIssuedBeforeARestartStillRefreshesAfterItAndOnAnyReplica() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        register(email);
        String refreshToken;
        try (ServiceProcess service = ServiceProcess.start()) {
            refreshToken = (String) login(email, service.port).get("refreshToken");
        }

        try (ServiceProcess restarted = ServiceProcess.start()) {
            refreshToken = (String) refresh(refreshToken, restarted.port).get("refreshToken");
        }

        // And the instance under test, a replica sharing the same Redis, takes the rotated token.
        refresh(refreshToken, RestAssured.port);
    }

    @Test
    void accountChangesReachEveryReplicaAtOnce() throws Exception {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        String id = given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/auth/register").then().statusCode(201).extract().path("id");
        String token = (String) login(email).get("accessToken");
        String admin = adminToken();
        try (ServiceProcess replica = ServiceProcess.start()) {
            // The replica has the account cached as live, of the free tier.
            given().port(replica.port).auth().oauth2(token).get("/api/v1/me/limits").then().statusCode(200)
                    .body("policies.find { it.name == 'caller' }.limit", equalTo(100));

            given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"tier\":\"premium\"}")
                    .put("/api/v1/admin/users/" + id + "/tier").then().statusCode(200);
            awaitStatus(() -> given().port(replica.port).auth().oauth2(token).get("/api/v1/me/limits").then()
                    .extract().path("policies.find { it.name == 'caller' }.limit"), 500);

            given().auth().oauth2(token).delete("/api/v1/me").then().statusCode(204);
            awaitStatus(() -> given().port(replica.port).auth().oauth2(token).get("/api/v1/me").statusCode(), 401);
        }
    }

    /** Announcements travel through Redis pub/sub: allow them the moment they take, far below the cache's TTL. */
    private static void awaitStatus(java.util.function.Supplier<Object> probe, Object expected) throws Exception {
        Eventually.holds(Duration.ofSeconds(5), Duration.ofMillis(50), () -> expected.equals(probe.get()));
        assertThat(probe.get()).isEqualTo(expected);
    }

    /** The service created the configured admin at start-up, with stride.admin-initial-password. */
    private static String adminToken() {
        return (String) login("admin@stride.test").get("accessToken");
    }

    private static void register(String email) {
        given().contentType(ContentType.JSON).body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/auth/register").then().statusCode(201);
    }

    private static Map<String, Object> login(String email) {
        return login(email, RestAssured.port);
    }

    private static Map<String, Object> login(String email, int port) {
        return given().port(port).contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/api/v1/auth/login").then().statusCode(200)
                .body("refreshToken", notNullValue())
                .extract().jsonPath().getMap("");
    }

    private static Map<String, Object> refresh(String refreshToken, int port) {
        return given().port(port).contentType(ContentType.JSON)
                .body("{\"refreshToken\":\"" + refreshToken + "\"}")
                .post("/api/v1/auth/refresh").then().statusCode(200)
                .body("refreshToken", notNullValue())
                .extract().jsonPath().getMap("");
    }

    @Test
    void refusesAnonymousCallersWithProblemJson() {
        given().get("/api/v1/activities").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
    }

    @Test
    void logsJsonWithTheRequestIdOnEveryRequestLine() throws Exception {
        given().header("X-Request-ID", "it-log-check-1").get("/api/v1/activities").then().statusCode(401);
        Path log = Path.of("target", "quarkus.log");
        // The access line is written when the response has ended, possibly just after the client has it.
        Eventually.holds(Duration.ofSeconds(5), Duration.ofMillis(100),
                () -> Files.readAllLines(log).stream().anyMatch(line -> line.contains("it-log-check-1")));
        assertThat(Files.readAllLines(log)).anySatisfy(line -> assertThat(line)
                .startsWith("{")
                .contains("\"requestId\":\"it-log-check-1\""));
    }


    @Test
    void refusesToStartWithoutItsKeys() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        Path output = Files.createTempFile("stride-no-keys", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.management.port=0",
                "-Dquarkus.datasource.jdbc.url=" + ProductionSettings.JDBC_URL,
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.flyway.schemas=stride_it",
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MP_JWT") || name.startsWith("SMALLRYE_JWT"));
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("the service must stop by itself").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(output)).contains("mp.jwt.verify.publickey.location");
    }
}
