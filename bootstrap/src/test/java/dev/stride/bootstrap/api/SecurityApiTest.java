package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a bearer token can be wrong is a 401 problem with WWW-Authenticate: Bearer. */
@QuarkusTest
class SecurityApiTest {

    private static void assertUnauthorized(String authorization) {
        var request = given();
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        request.get("/api/v1/activities")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void refusesAMissingToken() {
        assertUnauthorized(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz", "Token abc"})
    void refusesMalformedAuthorization(String header) {
        assertUnauthorized(header);
    }

    @Test
    void refusesAnExpiredToken() {
        String expired = Jwt.issuer("stride").subject(UUID.randomUUID().toString()).groups(Set.of("free"))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
        assertUnauthorized("Bearer " + expired);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        String forged = Jwt.issuer("stride").subject(UUID.randomUUID().toString()).groups(Set.of("admin"))
                .expiresIn(600).sign(foreign);
        assertUnauthorized("Bearer " + forged);
    }

    @Test
    void refusesATamperedToken() {
        String token = newUserToken();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"free\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertUnauthorized("Bearer " + tampered);
        given().header("Authorization", "Bearer " + tampered).get("/api/v1/admin/audit").then().statusCode(401);
    }

    @Test
    void refusesAlgNone() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString(("{\"iss\":\"stride\",\"sub\":\"" + UUID.randomUUID()
                + "\",\"groups\":[\"admin\"],\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        assertUnauthorized("Bearer " + header + "." + claims + ".");
        assertUnauthorized("Bearer " + header + "." + claims);
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        String token = Jwt.issuer("someone-else").subject(UUID.randomUUID().toString()).groups(Set.of("free"))
                .expiresIn(600).sign();
        assertUnauthorized("Bearer " + token);
    }

    @Test
    void acceptsAValidToken() {
        as(newUserToken()).get("/api/v1/activities").then().statusCode(200);
    }
}
