package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An {@code Idempotency-Key} holds across replicas and restarts: it lives in the database, not in a process. A
 * client whose create was answered by a replica that then went away gets the same answer from another one.
 */
class IdempotencyAcrossReplicasIT {

    private static final String BODY = "{\"activityType\":\"running\",\"durationMinutes\":42,"
            + "\"activityDate\":\"2026-01-15\",\"tags\":[\"park\"]}";

    @Test
    void aCreateAnsweredByAReplicaThatStoppedIsReplayedByAnotherAndAfterARestart() throws Exception {
        String key = UUID.randomUUID().toString();
        String token;
        ExtractableResponse<Response> first;
        try (ServiceProcess replica = ServiceProcess.start()) {
            token = replica.newUserToken();
            first = create(replica.port, token, key);
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(first.header("Idempotent-Replayed")).isNull();
        }

        try (ServiceProcess other = ServiceProcess.start()) {
            ExtractableResponse<Response> replay = create(other.port, token, key);

            assertThat(replay.statusCode()).isEqualTo(201);
            assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
            assertThat(replay.body().asString()).isEqualTo(first.body().asString());
            int total = given().port(other.port).auth().oauth2(token).get("/api/v1/activities")
                    .then().statusCode(200).extract().path("total");
            assertThat(total).isEqualTo(1);
        }
    }

    private static ExtractableResponse<Response> create(int port, String token, String key) {
        return given().port(port).auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(BODY)
                .post("/api/v1/activities").then().extract();
    }
}
