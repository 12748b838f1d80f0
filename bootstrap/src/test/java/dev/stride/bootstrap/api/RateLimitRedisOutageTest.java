package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.testing.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped and started again under the limiter: no request fails, the limits keep holding (in this replica's
 * memory) while Redis is away, and once it is back the shared counts are used again.
 */
@QuarkusTest
@TestProfile(RateLimitedBehindFlakyRedis.class)
class RateLimitRedisOutageTest {

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    private static int anonymousGet(String address) {
        return given().header("X-Forwarded-For", address).get("/api/v1/stats").statusCode();
    }

    private static List<Integer> anonymousGets(String address, int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(anonymousGet(address));
        }
        return statuses;
    }

    private String metrics() {
        return given().port(managementPort).get("/q/metrics").then().extract().asString();
    }

    @Test
    void limitsHoldInMemoryWhileRedisIsDownAndSharedCountsResumeWhenItIsBack() throws Exception {
        String counted = "198.51.100.7";
        assertThat(anonymousGets(counted, 5)).containsOnly(401);

        RateLimitedBehindFlakyRedis.PROXY.stop();
        try {
            // A fresh address: 20 in memory, then refused. Nothing fails.
            List<Integer> whileDown = anonymousGets("198.51.100.8", 25);
            assertThat(whileDown.subList(0, 20)).containsOnly(401);
            assertThat(whileDown.subList(20, 25)).containsOnly(429);
            assertThat(metrics()).contains("ratelimit_fallback_active 1.0")
                    .containsPattern("ratelimit_store_errors_total\\{reason=\"(failed|circuit_open)\"} [1-9]");
        } finally {
            RateLimitedBehindFlakyRedis.PROXY.start();
        }

        // Back on Redis (after the breaker's delay): the 5 hits counted there before the outage still count.
        Eventually.holds(Duration.ofSeconds(20), Duration.ofMillis(200), () -> {
            anonymousGet("198.51.100.9");
            return !metrics().contains("ratelimit_fallback_active 1.0");
        });
        assertThat(metrics()).contains("ratelimit_fallback_active 0.0");
        List<Integer> afterwards = anonymousGets(counted, 16);
        assertThat(afterwards.subList(0, 15)).containsOnly(401);
        assertThat(afterwards.get(15)).isEqualTo(429);
    }
}
