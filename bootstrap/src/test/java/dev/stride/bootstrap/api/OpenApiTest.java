package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document must agree with API.md: every operation with the status codes the contract names; and the
 * repository's copy of it must be current.
 */
@QuarkusTest
class OpenApiTest {

    private static final Map<String, List<String>> CONTRACT = Map.ofEntries(
            Map.entry("post /api/v1/auth/register", List.of("201", "400", "409")),
            Map.entry("post /api/v1/auth/login", List.of("200", "400", "401")),
            Map.entry("post /api/v1/auth/refresh", List.of("200", "400", "401", "503")),
            Map.entry("post /api/v1/auth/logout", List.of("204", "400", "503")),
            Map.entry("get /api/v1/me", List.of("200", "401")),
            Map.entry("get /api/v1/me/limits", List.of("200", "401")),
            Map.entry("delete /api/v1/me", List.of("204", "401")),
            Map.entry("put /api/v1/admin/users/{id}/tier", List.of("200", "400", "401", "403", "404")),
            Map.entry("post /api/v1/admin/users/{id}/restore", List.of("200", "401", "403", "404", "409")),
            Map.entry("post /api/v1/activities", List.of("201", "400", "401", "413", "415")),
            Map.entry("get /api/v1/activities", List.of("200", "400", "401")),
            Map.entry("get /api/v1/activities/trash", List.of("200", "400", "401")),
            Map.entry("get /api/v1/activities/{id}", List.of("200", "304", "401", "404")),
            Map.entry("put /api/v1/activities/{id}", List.of("200", "400", "401", "404", "412")),
            Map.entry("delete /api/v1/activities/{id}", List.of("204", "401", "404")),
            Map.entry("post /api/v1/activities/{id}/restore", List.of("200", "401", "404", "409")),
            Map.entry("delete /api/v1/admin/activities/{id}", List.of("204", "401", "403", "404")),
            Map.entry("get /api/v1/admin/audit", List.of("200", "400", "401", "403")),
            Map.entry("get /api/v1/stats", List.of("200", "400", "401")),
            Map.entry("get /api/v1/stats/summary", List.of("200", "401")));

    @Test
    void documentsEveryOperationOfTheContract() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        CONTRACT.forEach((operation, codes) -> {
            String[] parts = operation.split(" ");
            Map<String, Object> responses = document.getMap("paths.'" + parts[1] + "'." + parts[0] + ".responses");
            Assertions.assertThat(responses).as(operation).isNotNull();
            Assertions.assertThat(responses.keySet()).as(operation).containsAll(codes).contains("429");
            Map<String, Object> ok = document.getMap("paths.'" + parts[1] + "'." + parts[0] + ".responses."
                    + codes.get(0) + ".headers");
            Assertions.assertThat(ok).as(operation + " rate limit fields")
                    .containsKeys("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
                            "RateLimit-Policy", "RateLimit");
        });
    }

    @Test
    void documentsTheRateLimitRefusal() {
        given().accept("application/json").get("/q/openapi?format=json").then()
                .body("components.responses.TooManyRequests.headers", hasKey("Retry-After"))
                .body("components.headers", hasKey("RateLimit-Policy"));
    }

    @Test
    void documentsTheBearerSchemeAndProblems() {
        given().accept("application/json").get("/q/openapi?format=json").then()
                .body("components.securitySchemes", hasKey("bearer"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas.TokenResponse.properties", hasKey("refreshToken"))
                .body("info.title", notNullValue());
    }

    /**
     * The repository carries the document as docs/openapi.yaml for readers and client generators
     * (docs/check-openapi.sh lints it and compiles a client from it), so it must be what the service serves.
     */
    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path committed = Path.of("..", "docs", "openapi.yaml");
        if (!Files.exists(committed) || !Files.readString(committed).equals(served)) {
            Path current = Files.writeString(Path.of("target", "openapi.yaml"), served);
            Assertions.fail("docs/openapi.yaml is not the document the service serves; the served one is in "
                    + current.toAbsolutePath() + ": copy it over (cp bootstrap/target/openapi.yaml docs/) and commit it");
        }
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
