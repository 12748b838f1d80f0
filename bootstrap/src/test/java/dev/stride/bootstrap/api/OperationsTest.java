package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Health and metrics live on the management port, not on the API port. */
@QuarkusTest
class OperationsTest {

    @ConfigProperty(name = "quarkus.management.test-port", defaultValue = "9001")
    int managementPort;

    @Test
    void reportsHealthOnTheManagementPort() {
        given().port(managementPort).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().port(managementPort).get("/q/health/started").then().statusCode(200);
        given().port(managementPort).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Database' }.data.reachable", equalTo(true))
                .body("checks.find { it.name == 'Redis' }.data.reachable", equalTo(true));
        given().port(managementPort).get("/q/metrics").then()
                .body(matchesPattern("(?s).*\\ndependency_up\\{[^}]*dependency=\"database\"[^}]*\\} 1\\.0\\n.*"))
                .body(matchesPattern("(?s).*\\ndependency_up\\{[^}]*dependency=\"redis\"[^}]*\\} 1\\.0\\n.*"));
    }

    @Test
    void exposesPrometheusMetricsOnTheManagementPort() {
        given().port(managementPort).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void keepsOperationalEndpointsOffTheApiPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }
}
