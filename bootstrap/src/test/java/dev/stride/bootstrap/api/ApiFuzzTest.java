package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests for every operation of the service's own OpenAPI document, generated from a seed: wrong types,
 * huge and Unicode strings, control characters in paths, query strings and headers, extreme numbers and dates,
 * duplicated keys, deep nesting, wrong content types, malformed tokens. Whatever is sent, the service answers
 * without a 5xx, every error as problem+json, every answer under 64 KiB.
 *
 * <p>{@code -Dstride-test.fuzz-requests=50000} sends more, {@code -Dstride-test.fuzz-seed=N} another sequence; a
 * failure names the seed and the request's number, so it can be replayed.
 */
@QuarkusTest
@TestProfile(Fuzzed.class)
class ApiFuzzTest {

    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URI root;

    @Test
    void noHostileRequestGetsA5xxAnUnstructuredErrorOrAHugeAnswer() throws Exception {
        long seed = Long.getLong("stride-test.fuzz-seed", 20261201L);
        int requests = Integer.getInteger("stride-test.fuzz-requests", 5000);
        List<HostileRequests.Operation> operations = operations();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(15);
        HostileRequests generator = new HostileRequests(new SplittableRandom(seed), operations, world());

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < requests && failures.size() < 10; i++) {
            HostileRequests.Generated request = generator.next();
            HttpResponse<byte[]> answer = send(request);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            String problem = problemWith(answer);
            if (problem != null) {
                failures.add("seed " + seed + ", request " + i + ": " + problem + "\n  " + request.describe());
            }
        }

        System.out.printf("fuzz: %d requests from seed %d, answered %s%n", requests, seed, statuses);
        // Most requests must get past the first checks, or the suite would only test those.
        assertThat(statuses.getOrDefault(200, 0) + statuses.getOrDefault(201, 0)).isGreaterThan(requests / 20);
        assertThat(failures).as("answers that break the rules (replay with -Dstride-test.fuzz-seed=" + seed + ")")
                .isEmpty();
    }

    private HttpResponse<byte[]> send(HostileRequests.Generated request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What is wrong with the answer, or null. */
    private static String problemWith(HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "status " + status + ": " + new String(answer.body(), 0, Math.min(answer.body().length, 500));
        }
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            return "status " + status + " as " + contentType + ", not problem+json";
        }
        if (answer.body().length >= MAX_ANSWER_BYTES) {
            return "an answer of " + answer.body().length + " bytes";
        }
        if (answer.headers().firstValue("X-Request-ID").isEmpty()) {
            return "no X-Request-ID";
        }
        return null;
    }

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    /** Every operation below /api/v1 with its declared parameters, from the document the service serves. */
    private static List<HostileRequests.Operation> operations() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<HostileRequests.Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, definition) -> {
            if (!path.startsWith("/api/v1") || !(definition instanceof Map<?, ?> operation)) {
                return;
            }
            List<String> query = new ArrayList<>();
            List<String> headers = new ArrayList<>();
            if (operation.get("parameters") instanceof List<?> parameters) {
                for (Object parameter : parameters) {
                    Map<?, ?> declared = (Map<?, ?>) parameter;
                    String name = String.valueOf(declared.get("name"));
                    switch (String.valueOf(declared.get("in"))) {
                        case "query" -> query.add(name);
                        case "header" -> headers.add(name);
                        default -> { }
                    }
                }
            }
            operations.add(new HostileRequests.Operation(method.toUpperCase(), path, query, headers,
                    operation.containsKey("requestBody")));
        }));
        return operations;
    }

    /** Real accounts and activities, so that some generated requests get past authentication and look-ups. */
    private static HostileRequests.World world() {
        String email = Api.uniqueEmail();
        Api.register(email, Api.PASSWORD).statusCode(201);
        JsonPath login = Api.login(email, Api.PASSWORD).statusCode(200).extract().jsonPath();
        String user = login.getString("accessToken");
        String refresh = login.getString("refreshToken");
        List<String> activities = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            activities.add(given().auth().oauth2(user).contentType(ContentType.JSON)
                    .body("{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-0" + (i + 1)
                            + "\",\"tags\":[\"fuzz\"]}")
                    .post("/api/v1/activities").then().statusCode(201).extract().path("id"));
        }
        String userId = given().auth().oauth2(user).get("/api/v1/me").then().extract().path("id");
        return new HostileRequests.World(List.of(user, Api.adminToken()), refresh, email, activities, userId);
    }
}
