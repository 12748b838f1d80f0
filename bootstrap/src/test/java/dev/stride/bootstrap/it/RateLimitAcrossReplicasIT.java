package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.testing.Refill;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged application on one Redis, with API.md's default limits and no trusted proxy: the
 * limits are shared exactly, whichever replica a request reaches and however many arrive at once.
 */
class RateLimitAcrossReplicasIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Map<String, String> DEFAULT_LIMITS = Map.of(
            "stride.redis.key-prefix", "stride-it-" + UUID.randomUUID() + ":",
            "stride.rate-limit.policies.caller.tiers.anonymous", "20",
            "stride.rate-limit.policies.login-address.limit", "5",
            // Three JVMs share two cores here: a Redis answer can take longer than production's 50 ms, and a late
            // answer would (by design) be counted in one replica's memory instead. Exactness is what this tests.
            "stride.rate-limit.timeout", "PT2S");

    private static TwoReplicas replicas;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        replicas = TwoReplicas.start(DEFAULT_LIMITS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    void limitsHoldExactlyAcrossTwoReplicasUnderConcurrency() throws Exception {
        Refill anonymousRefill = Refill.perMinute(20);
        // Two anonymous requests from this address: a registration and a login.
        String email = "it-" + UUID.randomUUID() + "@example.com";
        given().port(replicas.first.port).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/register").then().statusCode(201);
        String token = given().port(replicas.second.port).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");

        // A free user may list activities 100 times a minute (both the caller and the list policy say 100): a
        // burst of 100, then one more every 0.6 s while the hammering lasts, whichever replica answers.
        Refill userRefill = Refill.perMinute(100);
        Map<Integer, AtomicInteger> statuses = hammer(8, 40, (thread, i) -> given()
                .port((thread + i) % 2 == 0 ? replicas.first.port : replicas.second.port).auth().oauth2(token)
                .get("/api/v1/activities").statusCode());
        assertThat(statuses).containsOnlyKeys(200, 429);
        assertThat(statuses.get(200).get()).isBetween(100, 100 + userRefill.hitsBack());
        assertThat(statuses.get(200).get() + statuses.get(429).get()).isEqualTo(320);

        // Anonymous callers: 20 a minute per address, 2 already used. X-Forwarded-For from a peer that is no
        // trusted proxy is ignored, so writing a new one each time escapes nothing.
        Map<Integer, AtomicInteger> anonymous = hammer(3, 10, (thread, i) -> given()
                .port(i % 2 == 0 ? replicas.first.port : replicas.second.port)
                .header("X-Forwarded-For", "203.0.113." + (thread * 10 + i + 1))
                .get("/api/v1/stats").statusCode());
        assertThat(anonymous).containsOnlyKeys(401, 429);
        assertThat(anonymous.get(401).get()).isBetween(18, 18 + anonymousRefill.hitsBack());
        assertThat(anonymous.get(401).get() + anonymous.get(429).get()).isEqualTo(30);
    }

    @FunctionalInterface
    private interface Call {
        int status(int thread, int attempt);
    }

    private static Map<Integer, AtomicInteger> hammer(int threads, int attempts, Call call) throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                callers.add(() -> {
                    for (int i = 0; i < attempts; i++) {
                        statuses.computeIfAbsent(call.status(thread, i), status -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(callers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return statuses;
    }
}
