package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.standardwebhooks.Webhook;
import dev.stride.testing.Eventually;
import dev.stride.testing.webhooks.TestReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook endpoints as API.md specifies them, with the service's own workers delivering to a real receiver. */
@QuarkusTest
class WebhookApiTest {

    private static final Duration DELIVERY = Duration.ofSeconds(10);
    private final TestReceiver receiver = TestReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSubscriberIsToldAboutEveryChangeSignedAsStandardWebhooksSays() throws Exception {
        String token = newUserToken();
        JsonPath created = as(token).body(subscription(receiver.url("/hook"), "activity.created", "activity.updated",
                        "activity.deleted", "activity.restored"))
                .post("/api/v1/webhooks")
                .then().statusCode(201)
                .header("Location", matchesPattern("/api/v1/webhooks/[0-9a-f-]{36}"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("events", containsInAnyOrder("activity.created", "activity.updated", "activity.deleted",
                        "activity.restored"))
                .body("description", equalTo("sync"))
                .extract().jsonPath();
        String secret = created.getString("secret");
        String webhook = created.getString("id");

        String activityId = createActivity(token, activity("running", 42, "2026-01-15"));
        as(token).body(activity("running", 50, "2026-01-15")).put("/api/v1/activities/" + activityId)
                .then().statusCode(200);
        as(token).delete("/api/v1/activities/" + activityId).then().statusCode(204);
        as(token).post("/api/v1/activities/" + activityId + "/restore").then().statusCode(200);

        List<TestReceiver.Received> requests = receiver.awaitRequests(4, DELIVERY);
        for (TestReceiver.Received request : requests) {
            new Webhook(secret).verify(request.body(), request.headers());
            assertThat(JsonPath.from(request.body()).getString("data.id")).isEqualTo(activityId);
        }
        assertThat(requests).extracting(request -> JsonPath.from(request.body()).getString("type"))
                .containsExactlyInAnyOrder("activity.created", "activity.updated", "activity.deleted",
                        "activity.restored");
        awaitAllDelivered(token, webhook);
        as(token).get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.status", contains("delivered", "delivered", "delivered", "delivered"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", equalTo(204))
                .body("items[0].nextAttemptAt", nullValue());
        String deliveryIds = as(token).get("/api/v1/webhooks/" + webhook + "/deliveries").then().extract()
                .path("items.id").toString();
        assertThat(requests).extracting(request -> request.header("webhook-id"))
                .allMatch(deliveryIds::contains);
    }

    @Test
    void listsSubscriptionsWithoutTheirSecrets() {
        String token = newUserToken();
        String id = createSubscription(token, receiver.url("/a"));

        as(token).get("/api/v1/webhooks").then().statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].url", equalTo(receiver.url("/a")))
                .body("items[0]", not(hasKey("secret")))
                .body("items[0].disabledAt", nullValue());
        as(newUserToken()).get("/api/v1/webhooks").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRedeliveryKeepsItsWebhookId() throws Exception {
        String token = newUserToken();
        String webhook = createSubscription(token, receiver.url("/hook"));
        createActivity(token, activity("running", 42, "2026-01-15"));
        String first = receiver.awaitRequests(1, DELIVERY).get(0).header("webhook-id");
        awaitAllDelivered(token, webhook);

        as(token).post("/api/v1/webhooks/" + webhook + "/deliveries/" + first + "/redeliver")
                .then().statusCode(202)
                .body("id", equalTo(first))
                .body("status", equalTo("pending"));

        assertThat(receiver.awaitRequests(2, DELIVERY).get(1).header("webhook-id")).isEqualTo(first);
    }

    @Test
    void aDeletedSubscriptionGetsNothingMore() {
        String token = newUserToken();
        String webhook = createSubscription(token, receiver.url("/hook"));

        as(token).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        createActivity(token, activity("running", 42, "2026-01-15"));

        as(token).get("/api/v1/webhooks").then().body("total", equalTo(0));
        as(token).delete("/api/v1/webhooks/" + webhook).then().statusCode(404);
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void anotherUsersSubscriptionAndDeliveriesAreNotFound() {
        String owner = newUserToken();
        String webhook = createSubscription(owner, receiver.url("/hook"));
        createActivity(owner, activity("running", 42, "2026-01-15"));
        String delivery = receiver.awaitRequests(1, DELIVERY).get(0).header("webhook-id");
        String stranger = newUserToken();

        as(stranger).delete("/api/v1/webhooks/" + webhook).then().statusCode(404)
                .contentType("application/problem+json");
        as(stranger).get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(404);
        as(stranger).post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(404);
        as(owner).post("/api/v1/webhooks/" + webhook + "/deliveries/not-a-uuid/redeliver").then().statusCode(404);
        as(owner).get("/api/v1/webhooks/not-a-uuid/deliveries").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"url\":\"ftp://example.com/\",\"events\":[\"activity.created\"]}",
        "{\"url\":\"https://user:pw@example.com/\",\"events\":[\"activity.created\"]}",
        "{\"url\":\"https://example.com/\",\"events\":[]}",
        "{\"url\":\"https://example.com/\",\"events\":[\"activity.exploded\"]}",
        "{\"url\":\"https://nowhere.invalid/\",\"events\":[\"activity.created\"]}",
        "{\"events\":[\"activity.created\"]}",
        "{\"url\":\"https://example.com/\",\"events\":\"activity.created\"}",
        "{\"url\":\"https://example.com/\",\"events\":[\"activity.created\"],\"secret\":\"mine\"}"})
    void invalidSubscriptionsAre400ProblemsNaming(String body) {
        as(newUserToken()).body(body).post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void validationErrorsNameTheirFields() {
        as(newUserToken()).body("{\"url\":\"ftp://example.com/\",\"events\":[\"activity.exploded\"],"
                        + "\"description\":\"" + "d".repeat(257) + "\"}")
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("url", "events", "description"));
    }

    @Test
    void theEleventhSubscriptionIsAConflict() {
        String token = newUserToken();
        for (int i = 0; i < 10; i++) {
            createSubscription(token, receiver.url("/hook/" + i));
        }

        as(token).body(subscription(receiver.url("/hook/11"), "activity.created")).post("/api/v1/webhooks")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("At most 10 webhook subscriptions per user; delete one first"));
        as(token).get("/api/v1/webhooks?limit=100").then().body("total", equalTo(10));
    }

    @Test
    void pagingIsCheckedAsEverywhere() {
        String token = newUserToken();
        as(token).get("/api/v1/webhooks?limit=101").then().statusCode(400).body("errors.field", hasItem("limit"));
        String webhook = createSubscription(token, receiver.url("/hook"));
        as(token).get("/api/v1/webhooks/" + webhook + "/deliveries?page=0").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void withoutATokenEverythingIs401() {
        io.restassured.RestAssured.given().get("/api/v1/webhooks").then().statusCode(401)
                .header("WWW-Authenticate", matchesPattern("Bearer.*"));
    }

    /** The receiver has answered before the worker records it: wait for the record. */
    private static void awaitAllDelivered(String token, String webhook) throws Exception {
        boolean done = Eventually.holds(DELIVERY, Duration.ofMillis(50), () -> as(token)
                .get("/api/v1/webhooks/" + webhook + "/deliveries").then().extract().<List<String>>path("items.status")
                .stream().allMatch("delivered"::equals));
        assertThat(done).as("every delivery recorded as delivered").isTrue();
    }

    private String createSubscription(String token, String url) {
        return as(token).body(subscription(url, "activity.created")).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    private static String subscription(String url, String... events) {
        return "{\"url\":\"" + url + "\",\"events\":[\"" + String.join("\",\"", events) + "\"],\"description\":"
                + "\"sync\"}";
    }
}
