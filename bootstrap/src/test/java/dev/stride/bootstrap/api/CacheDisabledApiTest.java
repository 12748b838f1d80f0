package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code stride.cache.enabled=false}: every read goes to the database. */
@QuarkusTest
@TestProfile(CacheDisabledApiTest.CacheOff.class)
class CacheDisabledApiTest extends CacheFlows {

    public static class CacheOff implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stride.cache.enabled", "false");
        }
    }

    @Test
    void nothingIsReadFromTheCache() {
        String token = newUserToken();

        as(token).get("/api/v1/activities").then().statusCode(200);
        as(token).get("/api/v1/activities").then().statusCode(200);

        assertThat(gets("activities", "hit") + gets("activities", "miss")).isZero();
    }
}
