package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.cache.CacheBreaker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * With Redis unreachable every request is served from the database, and the breaker stops asking Redis; what this
 * replica cached itself (its near copies, checked against the data version like any entry) still answers.
 */
@QuarkusTest
@TestProfile(RedisDown.class)
class RedisDownCacheApiTest extends CacheFlows {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void failingCacheCallsOpenTheBreakerAndAreCounted() {
        String token = newUserToken();
        double hits = gets("activities", "hit");
        // Two cache calls each (get, put): enough to fill the breaker's window of 100. Every page is another key, so
        // none is answered by the replica's near copy of an earlier one.
        for (int i = 1; i <= 60; i++) {
            as(token).get("/api/v1/activities?page=" + i).then().statusCode(200);
        }

        assertThat(breakers.currentState(CacheBreaker.NAME)).isEqualTo(CircuitBreakerState.OPEN);
        assertThat(metrics()).contains("cache_errors_total{cache=\"activities\",operation=\"get\",reason=\"failed\"}")
                .contains("cache_errors_total{cache=\"activities\",operation=\"get\",reason=\"circuit_open\"}");
        assertThat(gets("activities", "hit")).isEqualTo(hits);
    }

    @Test
    void aRepeatedQueryIsStillAnsweredFromTheReplicasNearCopy() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2024-02-28"));
        double hits = gets("activity", "hit");

        as(token).get("/api/v1/activities/" + id).then().statusCode(200);
        as(token).get("/api/v1/activities/" + id).then().statusCode(200);

        assertThat(gets("activity", "hit")).isEqualTo(hits + 2);
    }
}
