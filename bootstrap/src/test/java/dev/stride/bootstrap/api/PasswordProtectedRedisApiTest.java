package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Redis is a trust boundary: with {@code quarkus.redis.password} the sessions live in a Redis that refuses clients
 * without it. A refresh is a round trip to the session store, so a 200 proves the password was used (a connection
 * without it gets NOAUTH, and the refresh 503).
 */
@QuarkusTest
@TestProfile(PasswordProtectedRedis.class)
class PasswordProtectedRedisApiTest {

    @Test
    void theRedisRefusesClientsWithoutThePassword() throws Exception {
        try (Socket redis = new Socket("127.0.0.1", PasswordProtectedRedis.Server.port)) {
            redis.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new BufferedReader(new InputStreamReader(redis.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(answer).startsWith("-NOAUTH");
        }
    }

    @Test
    void sessionsLiveInARedisThatRequiresAPassword() {
        Map<String, Object> login = Api.newUserLogin();

        given().contentType(ContentType.JSON).body(Map.of("refreshToken", login.get("refreshToken")))
                .post("/api/v1/auth/refresh").then().statusCode(200).body("refreshToken", notNullValue());
    }
}
