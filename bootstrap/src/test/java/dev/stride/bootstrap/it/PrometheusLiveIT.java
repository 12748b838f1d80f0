package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.testing.Eventually;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboards and alerts of deploy/ against a live Prometheus (Debian's package) scraping the packaged service on
 * loopback: after a little traffic of every kind, every PromQL expression of every dashboard panel, and every alert
 * expression with its threshold turned into a {@code bool} comparison (deploy/prometheus/rules_tool.py), must parse
 * and return at least one series. The alert rules themselves are loaded by that Prometheus, so they must be valid.
 */
class PrometheusLiveIT {

    private static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();
    private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    private static final String PASSWORD = "correct horse battery";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static ServiceProcess service;
    private static Process prometheus;
    private static int prometheusPort;

    @BeforeAll
    static void startServiceAndPrometheus() throws Exception {
        // A laptop with only a JDK skips this test; CI installs Prometheus and sets stride-test.require-prometheus,
        // so there a missing server fails the build instead of hiding the test.
        if (Boolean.getBoolean("stride-test.require-prometheus")) {
            assertThat(PROMETHEUS).as("Prometheus server (apt-get install prometheus; .ci/run installs it)").exists();
        }
        assumeTrue(Files.isExecutable(PROMETHEUS), "no Prometheus server at " + PROMETHEUS);
        service = ServiceProcess.start(Map.of(
                "stride.redis.key-prefix", "stride-it-" + UUID.randomUUID() + ":",
                "stride.rate-limit.policies.login-email.limit", "2"));
        prometheusPort = ServiceProcess.freePort();
        Path work = Files.createDirectories(Path.of("target", "prometheus-it").toAbsolutePath());
        Files.copy(DEPLOY.resolve("prometheus/alerts.yml"), work.resolve("alerts.yml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(work.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - alerts.yml
                scrape_configs:
                  - job_name: stride
                    metrics_path: /q/metrics
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                """.formatted(service.managementPort));
        prometheus = new ProcessBuilder(PROMETHEUS.toString(),
                "--config.file=" + work.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + work.resolve("data-" + UUID.randomUUID()),
                "--web.listen-address=127.0.0.1:" + prometheusPort)
                .redirectErrorStream(true).redirectOutput(work.resolve("prometheus.log").toFile()).start();
        awaitPrometheusReady();
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyDashboardPanelAndAlertExpressionReturnsData() throws Exception {
        driveTrafficOfEveryKind();
        // The refused login was the last request: once Prometheus has scraped it, it has scraped everything. A rate()
        // needs two samples, and a series that first appeared in that scrape has only one: two scrapes more.
        awaitData("sum(ratelimit_requests_total{decision=\"rejected\", policy=\"login-email\"}) >= 1");
        String scrapes = "count_over_time(up{job=\"stride\"}[5m])";
        double scrapedSoFar = query(scrapes).path("data").path("result").path(0).path("value").path(1).asDouble();
        awaitData(scrapes + " >= " + (scrapedSoFar + 2));

        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.putAll(dashboardExpressions());
        expressions.putAll(alertExpressions());
        assertThat(expressions).hasSizeGreaterThan(20);

        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, String> expression : expressions.entrySet()) {
            JsonNode answer = query(expression.getValue());
            assertThat(answer.path("status").asText()).as(expression.getKey() + ": " + answer).isEqualTo("success");
            if (answer.path("data").path("result").isEmpty()) {
                empty.add(expression.getKey() + ": " + expression.getValue());
            }
        }
        assertThat(empty).as("expressions without data").isEmpty();
    }

    @Test
    void httpMetricsNameRoutesByTemplateNeverByRawId() throws Exception {
        String token = tokenOfNewUser();
        String id = given().port(service.port).auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-11-01\"}")
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
        given().port(service.port).auth().oauth2(token).get("/api/v1/activities/" + id).then().statusCode(200);
        awaitData("http_server_requests_seconds_bucket{uri=\"/api/v1/activities/{id}\", method=\"GET\"}");

        assertThat(query("http_server_requests_seconds_count{uri=~\".*" + id + ".*\"}").path("data")
                .path("result")).isEmpty();
        assertThat(query("http_server_requests_seconds_count{uri=~\".*[0-9a-f]{8}-[0-9a-f]{4}-.*\"}").path("data")
                .path("result")).isEmpty();
    }

    private static String tokenOfNewUser() {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        given().port(service.port).contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/register").then().statusCode(201);
        return given().port(service.port).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    private static void driveTrafficOfEveryKind() {
        int port = service.port;
        String email = "it-" + UUID.randomUUID() + "@example.com";
        given().port(port).contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/register").then().statusCode(201);
        String token = given().port(port).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        String admin = adminToken(port);
        String body = "{\"activityType\":\"running\",\"durationMinutes\":30,\"distanceKm\":5.5,\"notes\":null,"
                + "\"activityDate\":\"2026-11-01\",\"tags\":[\"park\"]}";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(given().port(port).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/activities").then().statusCode(201).extract().path("id"));
        }
        for (int i = 0; i < 3; i++) {
            given().port(port).auth().oauth2(token).get("/api/v1/activities/" + ids.get(0)).then().statusCode(200);
            given().port(port).auth().oauth2(token).get("/api/v1/activities").then().statusCode(200);
            given().port(port).auth().oauth2(token).get("/api/v1/stats?period=week").then().statusCode(200);
            given().port(port).auth().oauth2(token).get("/api/v1/stats/summary").then().statusCode(200);
        }
        given().port(port).auth().oauth2(token).delete("/api/v1/activities/" + ids.get(1)).then().statusCode(204);
        given().port(port).auth().oauth2(token).post("/api/v1/activities/" + ids.get(1) + "/restore").then()
                .statusCode(200);
        given().port(port).auth().oauth2(admin).delete("/api/v1/admin/activities/" + ids.get(2)).then()
                .statusCode(204);
        given().port(port).auth().oauth2(token).get("/api/v1/me/limits").then().statusCode(200);
        given().port(port).auth().oauth2(token).get("/api/v1/activities/" + UUID.randomUUID()).then()
                .statusCode(404);
        given().port(port).get("/api/v1/stats").then().statusCode(401);
        // The login-email limit is 2 here: the third wrong password for one email is refused.
        String victim = "it-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 3; i++) {
            given().port(port).contentType(ContentType.JSON).body(Map.of("email", victim, "password", "nope nope!"))
                    .post("/api/v1/auth/login").then().statusCode(i < 2 ? 401 : 429);
        }
    }

    /** The service created the configured admin at start-up, with stride.admin-initial-password. */
    private static String adminToken(int port) {
        return given().port(port).contentType(ContentType.JSON)
                .body(Map.of("email", "admin@stride.test", "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    private static Map<String, String> dashboardExpressions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> expressions = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("grafana/dashboards"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode panel : json.readTree(file.toFile()).path("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        expressions.put(file.getFileName() + " / " + panel.path("title").asText() + " / "
                                + target.path("refId").asText(), target.path("expr").asText());
                    }
                }
            }
        }
        return expressions;
    }

    /** Each alert's expression with its threshold comparison made a bool one, by the tool deploy/check.sh uses. */
    private static Map<String, String> alertExpressions() throws Exception {
        Process tool = new ProcessBuilder("python3", DEPLOY.resolve("prometheus/rules_tool.py").toString(), "bool")
                .directory(DEPLOY.toFile()).redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.waitFor()).as(output).isZero();
        Map<String, String> expressions = new LinkedHashMap<>();
        for (String line : output.strip().split("\n")) {
            String[] parts = line.split("\t", 2);
            expressions.put("alert " + parts[0], parts[1]);
        }
        return expressions;
    }

    private static JsonNode query(String expression) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + prometheusPort + "/api/v1/query?query="
                + URLEncoder.encode(expression, StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    private static void awaitData(String expression) throws Exception {
        boolean found = Eventually.holds(Duration.ofMinutes(1), Duration.ofMillis(500),
                () -> !query(expression).path("data").path("result").isEmpty());
        assertThat(found).as("Prometheus had data for " + expression + " within a minute").isTrue();
    }

    private static void awaitPrometheusReady() throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + prometheusPort + "/-/ready");
        boolean isReady = Eventually.holds(Duration.ofMinutes(1), Duration.ofMillis(250), () -> {
            if (!prometheus.isAlive()) {
                throw new IllegalStateException("Prometheus stopped; see target/prometheus-it/prometheus.log");
            }
            try {
                return HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException notYet) {
                return false; // not listening yet
            }
        });
        assertThat(isReady).as("Prometheus ready within a minute").isTrue();
    }
}
