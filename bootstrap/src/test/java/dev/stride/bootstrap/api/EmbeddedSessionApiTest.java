package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The session flows on the memory store of the embedded default, with no Redis to be reached. */
@QuarkusTest
@TestProfile(EmbeddedSessions.class)
class EmbeddedSessionApiTest extends SessionFlows {

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    /** Nothing listens at the Redis address the cache still names: reported, and the service is ready. */
    @Test
    void isReadyWithoutRedis() {
        given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Redis' }.data.reachable", equalTo(false));
    }
}
