package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotentCreate;
import dev.stride.domain.user.UserId;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} on {@code POST /activities}, as API.md specifies it. */
@QuarkusTest
class IdempotencyApiTest {

    private static final String KEY = "Idempotency-Key";

    @Inject
    IdempotencyStore keys;

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponseAndCreatesNothingMore() {
        String token = newUserToken();
        String key = UUID.randomUUID().toString();
        String body = activity("running", 42, "2026-01-15");

        ExtractableResponse<Response> first = as(token).header(KEY, key).body(body).post("/api/v1/activities")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        // The activity changes after the first answer: the replay is still the first answer.
        String id = first.path("id");
        as(token).body(activity("cycling", 60, "2026-01-16")).put("/api/v1/activities/" + id).then().statusCode(200);

        ExtractableResponse<Response> replay = as(token).header(KEY, key).body(body).post("/api/v1/activities")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract();

        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(replay.body().asString()).isEqualTo(first.body().asString());
        as(token).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String token = newUserToken();
        String key = UUID.randomUUID().toString();
        as(token).header(KEY, key).body(activity("running", 42, "2026-01-15")).post("/api/v1/activities")
                .then().statusCode(201);

        as(token).header(KEY, key).body(activity("running", 43, "2026-01-15")).post("/api/v1/activities")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://stride.dev/problems/idempotency-key-reused"))
                .body("status", equalTo(422));
        as(token).get("/api/v1/activities").then().body("total", equalTo(1));
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        String body = activity("running", 42, "2026-01-15");
        String ann = newUserToken();
        String bob = newUserToken();

        as(ann).header(KEY, key).body(body).post("/api/v1/activities").then().statusCode(201);
        as(bob).header(KEY, key).body(body).post("/api/v1/activities").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void whileTheFirstRequestIsInFlightTheSecondIs409WithRetryAfter() {
        String token = newUserToken();
        String key = UUID.randomUUID().toString();
        String body = activity("running", 42, "2026-01-15");
        UserId caller = new UserId(UUID.fromString(as(token).get("/api/v1/me").then().extract().path("id")));
        // What another replica's request holds while it works: a claim with the same body.
        String fingerprint = new ActivityInput("running", 42, new BigDecimal("5.25"), "easy", "2026-01-15",
                List.of("Morning", "park", "morning")).fingerprint();
        keys.claim(IdempotentCreate.claim(caller, new IdempotencyKey(key), fingerprint, Instant.now(),
                Duration.ofMinutes(1)));

        as(token).header(KEY, key).body(body).post("/api/v1/activities")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "1");
        as(token).get("/api/v1/activities").then().body("total", equalTo(0));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneActivity() {
        String token = newUserToken();
        String key = UUID.randomUUID().toString();
        String body = activity("running", 42, "2026-01-15");

        List<CompletableFuture<Integer>> inFlight = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> as(token).header(KEY, key).body(body)
                        .post("/api/v1/activities").then().extract().statusCode()))
                .toList();
        List<Integer> answers = inFlight.stream().map(CompletableFuture::join).toList();

        assertThat(answers).allMatch(status -> status == 201 || status == 409);
        assertThat(answers).contains(201);
        as(token).get("/api/v1/activities").then().body("total", equalTo(1));
    }

    @Test
    void aKeyOutside1To255PrintableCharactersIs400() {
        String token = newUserToken();
        String body = activity("running", 42, "2026-01-15");

        as(token).header(KEY, "k".repeat(256)).body(body).post("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(token).header(KEY, "caf\u00e9").body(body).post("/api/v1/activities").then().statusCode(400);
        as(token).get("/api/v1/activities").then().body("total", equalTo(0));
    }

    @Test
    void anInvalidBodyDoesNotUseTheKeyUp() {
        String token = newUserToken();
        String key = UUID.randomUUID().toString();

        as(token).header(KEY, key).body(activity("running", -1, "2026-01-15")).post("/api/v1/activities")
                .then().statusCode(400);
        as(token).header(KEY, key).body(activity("running", 42, "2026-01-15")).post("/api/v1/activities")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }
}
