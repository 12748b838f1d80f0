package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.newUserLogin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.stride.application.service.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The session flows on the real Redis, and what they leave there. */
@QuarkusTest
class SessionApiTest extends SessionFlows {

    @Inject
    Redis redis;

    @ConfigProperty(name = "stride.redis.key-prefix")
    String prefix;

    @ConfigProperty(name = "stride.sessions.refresh-token-lifetime")
    Duration lifetime;

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    private Response redis(Request request) {
        return redis.send(request).await().atMost(Duration.ofSeconds(5));
    }

    private List<String> keysContaining(String part) {
        List<String> keys = new ArrayList<>();
        redis(Request.cmd(Command.KEYS).arg(prefix + "*" + part + "*")).forEach(key -> keys.add(key.toString()));
        return keys;
    }

    @Test
    void redisHoldsOnlyTheHashOfARefreshTokenAndEveryKeyExpires() {
        String token = refreshTokenOf(newUserLogin());

        assertThat(keysContaining(token)).isEmpty();
        List<String> keys = keysContaining(Sessions.hash(token));
        assertThat(keys).hasSize(1);
        long ttl = redis(Request.cmd(Command.PTTL).arg(keys.get(0))).toLong();
        assertThat(ttl).isPositive().isLessThanOrEqualTo(lifetime.toMillis());
        List<String> all = new ArrayList<>();
        redis(Request.cmd(Command.KEYS).arg(prefix + "*")).forEach(key -> all.add(key.toString()));
        for (String key : all) {
            assertThat(redis(Request.cmd(Command.PTTL).arg(key)).toLong()).as("TTL of %s", key).isNotEqualTo(-1L);
        }
    }

    @Test
    void readinessIncludesRedis() {
        given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Redis"));
    }
}
