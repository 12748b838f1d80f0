package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import dev.stride.testing.Refill;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** API.md's Rate limits section, on the production counter (Redis) with the default policies. */
@QuarkusTest
@TestProfile(RateLimited.class)
class RateLimitApiTest {

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    private static final String XFF = "X-Forwarded-For";

    /** A client address no other test uses. */
    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static ExtractableResponse<Response> anonymousGet(String address, String path) {
        return given().header(XFF, address).get(path).then().extract();
    }

    /** Registers {@code email} from {@code address}; the answer, for its status and id. */
    private static ExtractableResponse<Response> register(String address, String email) {
        return given().header(XFF, address).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Api.PASSWORD))
                .post("/api/v1/auth/register").then().extract();
    }

    /** Logs {@code email} in from {@code address} with the right password; its access token. */
    private static String accessToken(String address, String email) {
        return given().header(XFF, address).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Api.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    /** A fresh account of the free tier, registered and logged in from an address of its own. */
    private static String freeUserToken() {
        String address = freshAddress();
        String email = Api.uniqueEmail();
        assertThat(register(address, email).statusCode()).isEqualTo(201);
        return accessToken(address, email);
    }

    private static ExtractableResponse<Response> login(String address, String email) {
        return given().header(XFF, address).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "wrong password!"))
                .post("/api/v1/auth/login").then().extract();
    }

    @Test
    void anAnonymousClientGetsTwentyRequestsAMinuteThen429WithRetryAfter() {
        String address = freshAddress();
        Refill refill = Refill.perMinute(20);
        for (int i = 1; i <= 20; i++) {
            ExtractableResponse<Response> response = anonymousGet(address, "/api/v1/stats");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.header("X-RateLimit-Limit")).isEqualTo("20");
            assertThat(Integer.parseInt(response.header("X-RateLimit-Remaining")))
                    .isBetween(20 - i, refill.mostRemaining(i));
        }
        // A hit comes back every 3 s: on a slow machine the burst may have earned one or two more.
        for (int extra = refill.hitsBack(); extra > 0; extra--) {
            anonymousGet(address, "/api/v1/stats");
        }

        given().header(XFF, address).get("/api/v1/stats").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("X-RateLimit-Remaining", "0")
                .header("X-Request-ID", notNullValue())
                .body("status", equalTo(429))
                .body("type", equalTo("https://stride.dev/problems/rate-limited"))
                .body("detail", containsString("'caller'"))
                .body("requestId", notNullValue());
        int retryAfter = Integer.parseInt(anonymousGet(address, "/api/v1/stats").header("Retry-After"));
        assertThat(retryAfter).as("the next hit comes back within an interval").isBetween(1, 3);
        // Another client is not affected.
        assertThat(anonymousGet(freshAddress(), "/api/v1/stats").statusCode()).isEqualTo(401);
    }

    @Test
    void everyApiResponseCarriesTheFieldsErrorsIncluded() {
        String address = freshAddress();
        Refill refill = Refill.perMinute(20);
        List<ExtractableResponse<Response>> responses = List.of(
                anonymousGet(address, "/api/v1/no-such-thing"),
                given().header(XFF, address).header("Authorization", "Bearer not.a.token")
                        .get("/api/v1/activities").then().extract(),
                given().header(XFF, address).contentType(ContentType.JSON).body("{")
                        .post("/api/v1/auth/register").then().extract(),
                given().header(XFF, address).contentType(ContentType.JSON).body("x".repeat(1024 * 1024 + 1))
                        .post("/api/v1/auth/register").then().extract());

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsExactly(404, 401, 400, 413);
        for (int i = 0; i < responses.size(); i++) {
            ExtractableResponse<Response> response = responses.get(i);
            assertThat(response.header("X-RateLimit-Limit")).as(response.statusCode() + " " + response.headers())
                    .isEqualTo("20");
            String remaining = response.header("X-RateLimit-Remaining");
            String reset = response.header("X-RateLimit-Reset");
            assertThat(Integer.parseInt(remaining)).isBetween(19 - i, refill.mostRemaining(i + 1));
            // Whole again after one interval (3 s) per hit counted, less the time the burst took.
            assertThat(Long.parseLong(reset)).isBetween(1L, refill.resetSeconds(i + 1));
            assertThat(response.header("RateLimit-Policy")).isEqualTo("\"caller\";q=20;w=60");
            assertThat(response.header("RateLimit")).isEqualTo("\"caller\";r=" + remaining + ";t=" + reset);
        }
        // Operations are not rate limited.
        assertThat(given().get("/q/openapi").then().extract().header("X-RateLimit-Limit")).isNull();
    }

    @Test
    void loginIsLimitedToFiveAMinutePerAddressWhateverTheEmail() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(login(address, Api.uniqueEmail()).statusCode()).isEqualTo(401);
        }

        ExtractableResponse<Response> sixth = login(address, Api.uniqueEmail());

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.jsonPath().getString("detail")).contains("'login-address'");
        assertThat(sixth.header("RateLimit-Policy")).contains("\"login-address\";q=5;w=60");
    }

    @Test
    void loginIsLimitedToFiveAMinutePerEmailWhateverTheAddress() {
        String email = Api.uniqueEmail();
        for (int i = 0; i < 5; i++) {
            ExtractableResponse<Response> attempt = login(freshAddress(), email);
            assertThat(attempt.statusCode()).isEqualTo(401);
            assertThat(attempt.header("RateLimit-Policy")).contains("\"login-email\";q=5;w=60");
        }

        ExtractableResponse<Response> sixth = login(freshAddress(), email.toUpperCase());

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.jsonPath().getString("detail")).contains("'login-email'");
        assertThat(sixth.header("Retry-After")).isNotNull();
        assertThat(sixth.header("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(sixth.header("X-RateLimit-Remaining")).isEqualTo("0");
    }

    @Test
    void aFreeUserCreatesTenActivitiesAMinuteAndMayStillReadThem() {
        String token = freeUserToken();
        Refill caller = Refill.perMinute(100);
        String location = null;
        for (int i = 0; i < 10; i++) {
            ExtractableResponse<Response> created = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Api.activity("running", 30, "2026-11-01")).post("/api/v1/activities").then().extract();
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.header("Location");
        }

        ExtractableResponse<Response> eleventh = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Api.activity("running", 30, "2026-11-01")).post("/api/v1/activities").then().extract();

        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.jsonPath().getString("detail")).contains("'activities-create'");
        assertThat(eleventh.header("X-RateLimit-Limit")).isEqualTo("10");
        // The 11th counted nothing: the read is the caller policy's 11th hit.
        ExtractableResponse<Response> read = given().auth().oauth2(token).get(location).then().statusCode(200)
                .header("X-RateLimit-Limit", "100").extract();
        assertThat(Integer.parseInt(read.header("X-RateLimit-Remaining"))).isBetween(89, caller.mostRemaining(11));
    }

    @Test
    void meLimitsShowsWhatTheCallerMayStillDo() {
        String token = freeUserToken();
        Refill caller = Refill.perMinute(100);
        given().auth().oauth2(token).get("/api/v1/activities").then().statusCode(200);

        ExtractableResponse<Response> limits = given().auth().oauth2(token).get("/api/v1/me/limits").then()
                .statusCode(200)
                .body("policies.name", hasItems("caller", "activities-create", "activities-list"))
                .body("policies.find { it.name == 'caller' }.limit", equalTo(100))
                .body("policies.find { it.name == 'caller' }.windowSeconds", equalTo(60))
                .body("policies.find { it.name == 'activities-create' }.remaining", equalTo(10))
                .body("policies.find { it.name == 'activities-create' }.resetSeconds", equalTo(0))
                .extract();
        assertThat(limits.jsonPath().getInt("policies.find { it.name == 'caller' }.remaining"))
                .isBetween(98, caller.mostRemaining(2));
        // One list of 100 a minute: whole again 0.6 s later, so at most a second.
        assertThat(limits.jsonPath().getInt("policies.find { it.name == 'activities-list' }.remaining"))
                .isBetween(99, 100);
        assertThat(limits.jsonPath().getInt("policies.find { it.name == 'activities-list' }.resetSeconds"))
                .isBetween(0, 1);
    }

    @Test
    void aTierChangeShowsInTheLimitsOfTheNextRequest() {
        String email = Api.uniqueEmail();
        String address = freshAddress();
        ExtractableResponse<Response> registered = register(address, email);
        assertThat(registered.statusCode()).isEqualTo(201);
        String id = registered.path("id");
        String token = accessToken(address, email);
        given().auth().oauth2(token).get("/api/v1/me/limits").then()
                .body("policies.find { it.name == 'caller' }.limit", equalTo(100));

        given().header(XFF, freshAddress()).auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("tier", "premium")).put("/api/v1/admin/users/" + id + "/tier").then().statusCode(200);

        // The same (old) token: the limits follow the account's tier, not the token's.
        given().auth().oauth2(token).get("/api/v1/me/limits").then()
                .body("policies.find { it.name == 'caller' }.limit", equalTo(500))
                .body("policies.find { it.name == 'activities-create' }.limit", equalTo(50));
    }

    @Test
    void aClientCannotEscapeItsLimitByWritingXForwardedForItself() {
        // The trusted proxy (the test client's socket) appends the address it saw; whatever the client wrote
        // further left is never believed.
        String real = freshAddress();
        Refill refill = Refill.perMinute(20);
        for (int i = 0; i < 20; i++) {
            assertThat(given().header(XFF, freshAddress() + ", " + real).get("/api/v1/stats").statusCode())
                    .isEqualTo(401);
        }
        for (int extra = refill.hitsBack(); extra > 0; extra--) {
            given().header(XFF, real).get("/api/v1/stats");
        }
        assertThat(given().header(XFF, freshAddress() + ", " + real).get("/api/v1/stats").statusCode())
                .isEqualTo(429);
    }

    @Test
    void decisionsAreCountedByPolicyDecisionAndTier() {
        String address = freshAddress();
        for (int i = 0; i < 21; i++) {
            anonymousGet(address, "/api/v1/stats");
        }

        String metrics = given().port(managementPort).get("/q/metrics").then().statusCode(200)
                .extract().asString();

        assertThat(metrics).containsPattern(
                "ratelimit_requests_total\\{decision=\"allowed\",policy=\"caller\",tier=\"anonymous\"} [1-9]");
        assertThat(metrics).containsPattern(
                "ratelimit_requests_total\\{decision=\"rejected\",policy=\"caller\",tier=\"anonymous\"} [1-9]");
    }

    /** The configuration's admin, which the service created at start-up. */
    private static String adminToken() {
        return accessToken(freshAddress(), Api.ADMIN_EMAIL);
    }
}
