package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.testing.Eventually;
import dev.stride.testing.servers.TestServers;
import dev.stride.testing.webhooks.TestReceiver;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook delivery by the packaged application on PostgreSQL: replicas share the outbox without sending an event
 * twice, and an event survives the process that recorded it being killed, also in the middle of its attempt.
 */
class WebhookDeliveryIT {


    private final TestReceiver receiver = TestReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void twoReplicasOnOneDatabaseDeliverEachEventOnce() throws Exception {
        Map<String, String> ownOutbox = isolatedDatabase("stride_it_webhooks_two");
        // More writes than a free user may make in a minute: the limit is not what this tests.
        ownOutbox.put("stride.rate-limit.policies.activities-create.tiers.free", "1000");
        try (ServiceProcess first = ServiceProcess.start(withClean(ownOutbox));
                ServiceProcess second = ServiceProcess.start(ownOutbox)) {
            String token = first.newUserToken();
            subscribe(first, token);
            int events = 40;
            for (int i = 0; i < events; i++) {
                ServiceProcess replica = i % 2 == 0 ? first : second;
                given().port(replica.port).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                        .body("{\"activityType\":\"running\",\"durationMinutes\":" + (10 + i)
                                + ",\"activityDate\":\"2026-01-15\"}")
                        .post("/api/v1/activities").then().statusCode(201);
            }

            receiver.awaitRequests(events, Duration.ofSeconds(30));
            // A delivery can only be sent again while it is pending; once every one is recorded as delivered,
            // whatever the receiver has is all it will ever get.
            assertThat(Eventually.holds(Duration.ofSeconds(30), Duration.ofMillis(200),
                    () -> allDelivered(first, token, events))).as("every delivery recorded as delivered").isTrue();

            List<TestReceiver.Received> received = receiver.received();
            Set<String> ids = received.stream().map(request -> request.header("webhook-id"))
                    .collect(Collectors.toSet());
            assertThat(ids).hasSize(events);
            assertThat(received).as("each event once").hasSize(events);
        }
    }

    @Test
    void anEventOfAKilledProcessIsDeliveredWhenItStartsAgain() throws Exception {
        Map<String, String> ownOutbox = isolatedDatabase("stride_it_webhooks_kill");
        // A short lease and timeout, so the claim of the killed process runs out within the test.
        ownOutbox.put("stride.webhooks.lease", "PT12S");
        ownOutbox.put("stride.webhooks.timeout", "PT2S");
        receiver.hangFirst(1);
        String token;
        ServiceProcess doomed = ServiceProcess.start(withClean(ownOutbox));
        try {
            token = doomed.newUserToken();
            subscribe(doomed, token);
            given().port(doomed.port).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body("{\"activityType\":\"running\",\"durationMinutes\":30,\"activityDate\":\"2026-01-15\"}")
                    .post("/api/v1/activities").then().statusCode(201);
            // The attempt is under way (the receiver holds it) when the process dies.
            receiver.awaitRequests(1, Duration.ofSeconds(10));
        } finally {
            doomed.kill();
        }
        String firstId = receiver.received().get(0).header("webhook-id");

        try (ServiceProcess restarted = ServiceProcess.start(ownOutbox)) {
            List<TestReceiver.Received> received = receiver.awaitRequests(2, Duration.ofSeconds(40));

            assertThat(received.get(1).header("webhook-id")).as("the same delivery, after its lease")
                    .isEqualTo(firstId);
            given().port(restarted.port).header("Authorization", "Bearer " + token)
                    .get("/api/v1/webhooks").then().statusCode(200);
        }
    }

    private static boolean allDelivered(ServiceProcess instance, String token, int events) {
        String webhook = given().port(instance.port).header("Authorization", "Bearer " + token)
                .get("/api/v1/webhooks").then().extract().path("items[0].id");
        List<String> statuses = given().port(instance.port).header("Authorization", "Bearer " + token)
                .get("/api/v1/webhooks/" + webhook + "/deliveries?limit=100").then().statusCode(200)
                .extract().path("items.status");
        return statuses.size() == events && statuses.stream().allMatch("delivered"::equals);
    }

    /** The tests' own schema, so the suite's other instances never claim these deliveries. */
    private static Map<String, String> isolatedDatabase(String schema) {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.jdbc.url", TestServers.postgresUrl(schema));
        settings.put("quarkus.flyway.schemas", schema);
        return settings;
    }

    private static Map<String, String> withClean(Map<String, String> settings) {
        Map<String, String> clean = new HashMap<>(settings);
        clean.put("quarkus.flyway.clean-at-start", "true");
        clean.put("quarkus.flyway.clean-disabled", "false");
        return clean;
    }

    private void subscribe(ServiceProcess instance, String token) {
        given().port(instance.port).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body("{\"url\":\"" + receiver.url("/hook") + "\",\"events\":[\"activity.created\"]}")
                .post("/api/v1/webhooks").then().statusCode(201);
    }
}
