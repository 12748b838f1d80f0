package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Redis over TLS with a password, as the Kubernetes material connects to it: sessions (a refresh is a round trip to
 * the session store) work only if both were used, since the server speaks nothing but TLS and refuses clients
 * without the password. Runs where redis-server and openssl are installed (CI has both).
 */
@QuarkusTest
@TestProfile(TlsRedis.class)
@EnabledIf("dev.stride.bootstrap.api.TlsRedis#available")
class TlsRedisApiTest {

    @Test
    void sessionsLiveInARedisReachedOverTls() {
        Map<String, Object> login = Api.newUserLogin();

        given().contentType(ContentType.JSON).body(Map.of("refreshToken", login.get("refreshToken")))
                .post("/api/v1/auth/refresh").then().statusCode(200).body("refreshToken", notNullValue());
    }

    @Test
    void theRedisSpeaksOnlyTls() throws Exception {
        try (Socket plain = new Socket("127.0.0.1", TlsRedis.Server.port)) {
            plain.setSoTimeout(2000);
            plain.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream answer = plain.getInputStream();
            int first;
            try {
                first = answer.read();
            } catch (java.net.SocketTimeoutException | java.net.SocketException closed) {
                first = -1;
            }
            assertThat(first).as("no plaintext answer").isNotEqualTo('+');
        }
    }
}
