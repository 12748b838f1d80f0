package dev.stride.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API.md, refresh: a rotated token presented again within the grace period gets a new pair and keeps the login (a
 * client retrying a refresh whose answer it lost, two tabs refreshing at once); after it, the login is revoked.
 * Before, the retry revoked the whole login.
 */
@QuarkusTest
@TestProfile(RefreshGrace.class)
class RefreshGraceApiTest {

    @Test
    void aRetriedRefreshGetsANewPairAndTheLoginGoesOn() {
        String first = (String) Api.newUserLogin().get("refreshToken");
        Map<String, Object> lost = Api.refresh(first).statusCode(200).extract().jsonPath().getMap("");

        Map<String, Object> retried = Api.refresh(first).statusCode(200).extract().jsonPath().getMap("");

        assertThat(retried.get("refreshToken")).isNotEqualTo(lost.get("refreshToken"));
        Api.refresh((String) retried.get("refreshToken")).statusCode(200);
        Api.refresh((String) lost.get("refreshToken")).statusCode(200);
    }

    @Test
    void afterTheGraceARotatedTokenIsReuseAndEndsTheLogin() throws InterruptedException {
        String first = (String) Api.newUserLogin().get("refreshToken");
        String second = Api.refresh(first).statusCode(200).extract().path("refreshToken");

        Thread.sleep(RefreshGrace.GRACE_MILLIS + 500);

        Api.refresh(first).statusCode(401);
        Api.refresh(second).statusCode(401);
    }
}
