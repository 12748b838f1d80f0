package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ways around the limits that a security review found, each tried as an attacker would, on production's limits
 * (Redis); the test client is a trusted proxy, so each test names its own client addresses.
 */
@QuarkusTest
@TestProfile(RateLimited.class)
class HostileClientsApiTest {

    private static final String XFF = "X-Forwarded-For";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A raw request: RestAssured would encode or tidy up the very paths under test. */
    private HttpResponse<String> rawPost(String path, String address, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                .header(XFF, address).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    /** Before the fix, these reached the login with no per-address or per-email limit: unlimited guessing. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/login;x", "/api/v1;x/auth/login", "/api/v1//auth/login",
            "/api/v1/auth/login/", "/api/v1/auth/%6Cogin", "/api/v1/auth/./login", "/api/v1/x/../auth/login",
            "/API/v1/auth/login", "/api/v1/auth/login;jsessionid=1"})
    void aPathWrittenAnotherWayNeverReachesTheLogin(String path) throws Exception {
        String address = freshAddress();
        String email = Api.uniqueEmail();
        Api.register(email, Api.PASSWORD).statusCode(201);

        for (int attempt = 0; attempt < 8; attempt++) {
            HttpResponse<String> answer = rawPost(path, address, credentials(email, "wrong password!"));
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains("malformed-path");
        }
    }

    @Test
    void theRouterIsCaseSensitiveSoAnotherCaseIsNoLoginEither() throws Exception {
        HttpResponse<String> answer = rawPost("/api/v1/Auth/Login", freshAddress(),
                credentials(Api.uniqueEmail(), "wrong password!"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("X-RateLimit-Limit")).hasValue("20");
    }

    /** Before the fix, each spelling got a fresh per-email counter for the same account. */
    @Test
    void everySpellingOfAnEmailCountsAgainstOneLimit() throws Exception {
        String email = Api.uniqueEmail();
        Api.register(email, Api.PASSWORD).statusCode(201);
        List<String> spellings = List.of(email + "\u2003", email + "\u00a0", "\u3000" + email, email + "\u200b",
                email.toUpperCase(), "\ufeff" + email, " " + email + " ");

        List<Integer> statuses = new ArrayList<>();
        for (String spelling : spellings) {
            // A new address each time: only the per-email policy can refuse.
            statuses.add(given().header(XFF, freshAddress()).contentType(ContentType.JSON)
                    .body(Map.of("email", spelling, "password", "wrong password!"))
                    .post("/api/v1/auth/login").then().extract().statusCode());
        }

        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429);
    }

    /** Before the fix: a 13.5 MB problem+json built in memory, one field error per element. */
    @Test
    void aHugeListIsAnsweredWithAShortError() {
        String token = Api.newUserToken();
        String body = "{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-01\",\"tags\":["
                + String.join(",", Collections.nCopies(200_000, "\"\"")) + "]}";

        var answer = given().auth().oauth2(token).header(XFF, freshAddress()).contentType(ContentType.JSON)
                .body(body).post("/api/v1/activities").then().extract();

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asByteArray().length).isLessThan(4096);
        assertThat(answer.jsonPath().getList("errors")).hasSize(11);
    }

    /** Before the fix, a bearer token made these count per user: 25 registrations a minute from one address. */
    @Test
    void aTokenDoesNotLiftTheAnonymousLimitsOfTheAuthOperations() {
        String token = Api.newUserToken();
        String address = freshAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            statuses.add(given().auth().oauth2(token).header(XFF, address).contentType(ContentType.JSON)
                    .body(Map.of("email", Api.uniqueEmail(), "password", Api.PASSWORD))
                    .post("/api/v1/auth/register").then().extract().statusCode());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(201);
        assertThat(statuses.get(20)).isEqualTo(429);
    }

    /** Before the fix, each of the 2^64 addresses of one host's /64 had its own counter. */
    @Test
    void anIpv6HostCannotRotateThroughItsNetwork() {
        String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":7:";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            statuses.add(given().header(XFF, network + Integer.toHexString(i) + "::1")
                    .get("/api/v1/stats").then().extract().statusCode());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.get(20)).isEqualTo(429);
    }

    /** Before the fix, only the first X-Forwarded-For line was read, and an entry with a port stopped the walk. */
    @Test
    void aClientWrittenHeaderLineOrPortDoesNotPickTheAddress() throws Exception {
        String client = freshAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "")
                            + "/api/v1/stats"))
                    .header(XFF, freshAddress()) // what the client wrote: rotates every time
                    .header(XFF, client + ":" + (40000 + i)) // what the proxy appended, with the client's port
                    .GET().build();
            statuses.add(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.get(20)).isEqualTo(429);
    }
}
