package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.PASSWORD;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.login;
import static dev.stride.bootstrap.api.Api.logout;
import static dev.stride.bootstrap.api.Api.newUserLogin;
import static dev.stride.bootstrap.api.Api.refresh;
import static dev.stride.bootstrap.api.Api.register;
import static dev.stride.bootstrap.api.Api.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Refresh tokens end to end, whatever the session store: {@link SessionApiTest} runs these on Redis (the test
 * configuration), {@link EmbeddedSessionApiTest} on the embedded default's memory store.
 */
abstract class SessionFlows {

    private static final String OPAQUE_TOKEN = "[A-Za-z0-9_-]{43}";

    static String refreshTokenOf(Map<String, Object> tokens) {
        return (String) tokens.get("refreshToken");
    }

    static String accessTokenOf(Map<String, Object> tokens) {
        return (String) tokens.get("accessToken");
    }

    @Test
    void loginAlsoReturnsAnOpaqueRefreshToken() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        login(email, PASSWORD).statusCode(200)
                .body("refreshToken", matchesPattern(OPAQUE_TOKEN))
                .body("accessToken", not(equalTo(null)))
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900));
    }

    @Test
    void aRefreshGivesANewPairAndTheOldRefreshTokenStopsWorking() {
        Map<String, Object> first = newUserLogin();

        Map<String, Object> second = refresh(refreshTokenOf(first)).statusCode(200)
                .contentType(ContentType.JSON)
                .body("refreshToken", matchesPattern(OPAQUE_TOKEN))
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .extract().jsonPath().getMap("");

        assertThat(refreshTokenOf(second)).isNotEqualTo(refreshTokenOf(first));
        assertThat(Api.claims(accessTokenOf(second)).get("sub")).isEqualTo(Api.claims(accessTokenOf(first)).get("sub"));
        as(accessTokenOf(second)).get("/api/v1/me").then().statusCode(200);
        Map<String, Object> third = refresh(refreshTokenOf(second)).statusCode(200).extract().jsonPath().getMap("");
        refresh(refreshTokenOf(third)).statusCode(200);
    }

    @Test
    void presentingARotatedTokenAgainIs401AndRevokesEveryTokenOfThatLogin() {
        Map<String, Object> first = newUserLogin();
        String next = refreshTokenOf(refresh(refreshTokenOf(first)).statusCode(200).extract().jsonPath().getMap(""));

        refresh(refreshTokenOf(first)).statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));

        refresh(next).statusCode(401);
    }

    @Test
    void ofTenConcurrentRefreshesWithOneTokenExactlyOneSucceeds() throws Exception {
        String token = refreshTokenOf(newUserLogin());
        int callers = 10;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return refresh(token).extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(60, TimeUnit.SECONDS));
            }

            assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
            assertThat(codes).filteredOn(code -> code == 401).hasSize(callers - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loggingOutEndsThatLoginAndNotAnother() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        String phone = login(email, PASSWORD).statusCode(200).extract().path("refreshToken");
        String laptop = login(email, PASSWORD).statusCode(200).extract().path("refreshToken");

        logout(phone).statusCode(204);

        refresh(phone).statusCode(401);
        refresh(laptop).statusCode(200);
    }

    @Test
    void loggingOutWithARotatedTokenEndsTheLoginToo() {
        Map<String, Object> first = newUserLogin();
        String next = refreshTokenOf(refresh(refreshTokenOf(first)).statusCode(200).extract().jsonPath().getMap(""));

        logout(refreshTokenOf(first)).statusCode(204);

        refresh(next).statusCode(401);
    }

    @Test
    void loggingOutWithAnUnknownTokenIsHarmless() {
        logout("no-such-token").statusCode(204);
    }

    @Test
    void anUnknownRefreshTokenIs401() {
        refresh("no-such-token").statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aMissingOrBlankRefreshTokenIs400() {
        for (String path : List.of("/api/v1/auth/refresh", "/api/v1/auth/logout")) {
            given().contentType(ContentType.JSON).body("{\"refreshToken\":\"  \"}").post(path).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("refreshToken"));
            given().contentType(ContentType.JSON).body("{}").post(path).then().statusCode(400)
                    .body("errors.field", hasItem("refreshToken"));
            given().contentType(ContentType.JSON).post(path).then().statusCode(400);
            given().contentType(ContentType.JSON).body("{\"refreshToken\":42}").post(path).then().statusCode(400);
            given().contentType(ContentType.JSON).body("{\"refreshToken\":\"x\",\"extra\":1}").post(path).then()
                    .statusCode(400);
            given().contentType(ContentType.TEXT).body("x").post(path).then().statusCode(415);
        }
    }

    @Test
    void aDeletedAccountCannotRefresh() {
        Map<String, Object> tokens = newUserLogin();

        as(accessTokenOf(tokens)).delete("/api/v1/me").then().statusCode(204);

        refresh(refreshTokenOf(tokens)).statusCode(401);
    }
}
