package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.newUserLogin;
import static dev.stride.bootstrap.api.Api.refresh;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Refresh tokens in Redis expire: with a two-second lifetime, a token a little older than that is refused. */
@QuarkusTest
@TestProfile(ShortSessions.class)
class ExpiredRefreshTokenApiTest {

    @Test
    void anExpiredRefreshTokenIs401() throws InterruptedException {
        String stale = SessionFlows.refreshTokenOf(newUserLogin());
        String fresh = SessionFlows.refreshTokenOf(newUserLogin());
        String next = SessionFlows.refreshTokenOf(refresh(fresh).statusCode(200).extract().jsonPath().getMap(""));

        Thread.sleep(2500);

        refresh(stale).statusCode(401).contentType("application/problem+json");
        refresh(next).statusCode(401);
    }
}
