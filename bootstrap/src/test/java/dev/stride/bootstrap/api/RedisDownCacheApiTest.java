package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.bootstrap.cache.CacheBreaker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With Redis unreachable every request is served from the database, and the breaker stops asking Redis. */
@QuarkusTest
@TestProfile(RedisDown.class)
class RedisDownCacheApiTest extends CacheFlows {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void failingCacheCallsOpenTheBreakerAndAreCounted() {
        String token = newUserToken();
        // Two cache calls each (get, put): enough to fill the breaker's window of 100.
        for (int i = 0; i < 60; i++) {
            as(token).get("/api/v1/activities").then().statusCode(200);
        }

        assertThat(breakers.currentState(CacheBreaker.NAME)).isEqualTo(CircuitBreakerState.OPEN);
        assertThat(metrics()).contains("cache_errors_total{cache=\"activities\",operation=\"get\",reason=\"failed\"}")
                .contains("cache_errors_total{cache=\"activities\",operation=\"get\",reason=\"circuit_open\"}");
        assertThat(gets("activities", "hit")).isZero();
    }
}
