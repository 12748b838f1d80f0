package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The production cache: Redis, shared by replicas. */
@QuarkusTest
class CacheApiTest extends CacheFlows {

    @Inject
    Redis redis;

    @ConfigProperty(name = "stride.redis.key-prefix")
    String keyPrefix;

    @Test
    void anUnreadableEntryIsCountedServedFromTheDatabaseAndOverwritten() {
        String token = newUserToken();
        String owner = (String) Api.claims(token).get("sub");
        // a new user's data version is 0; the first page with the default limit and no filters
        String key = keyPrefix + "cache:activities:" + owner + ":v0:1:20::::";
        redis.send(Request.cmd(Command.SET).arg(key).arg("{not json").arg("PX").arg(60_000)).await().indefinitely();
        double unreadable = metric(
                "cache_errors_total{cache=\"activities\",operation=\"get\",reason=\"unreadable\"}");
        double hits = gets("activities", "hit");

        as(token).get("/api/v1/activities").then().statusCode(200);
        as(token).get("/api/v1/activities").then().statusCode(200);

        assertThat(metric("cache_errors_total{cache=\"activities\",operation=\"get\",reason=\"unreadable\"}"))
                .isEqualTo(unreadable + 1);
        assertThat(gets("activities", "hit")).isEqualTo(hits + 1);
    }

    @Test
    void aCreatedActivityIsReadFromTheCacheAndARepeatedQueryToo() {
        String token = newUserToken();
        String id = createActivity(token, activity("running", 30, "2024-02-28"));
        double activityHits = gets("activity", "hit");
        double listMisses = gets("activities", "miss");
        double listHits = gets("activities", "hit");
        double statsHits = gets("stats", "hit");

        as(token).get("/api/v1/activities/" + id).then().statusCode(200);
        as(token).get("/api/v1/activities?type=running").then().statusCode(200);
        as(token).get("/api/v1/activities?type=running").then().statusCode(200);
        as(token).get(STATS).then().statusCode(200);
        as(token).get(STATS).then().statusCode(200);

        assertThat(gets("activity", "hit")).isEqualTo(activityHits + 1);
        assertThat(gets("activities", "miss")).isEqualTo(listMisses + 1);
        assertThat(gets("activities", "hit")).isEqualTo(listHits + 1);
        assertThat(gets("stats", "hit")).isEqualTo(statsHits + 1);
    }

    @Test
    void publishesTheCacheMetrics() {
        String token = newUserToken();
        as(token).get("/api/v1/activities").then().statusCode(200);

        assertThat(metrics())
                .contains("cache_gets_total{cache=\"activity\",result=\"hit\"}")
                .contains("cache_gets_total{cache=\"stats\",result=\"miss\"}")
                .contains("cache_calls_seconds_count{cache=\"activities\",operation=\"get\"}")
                .contains("cache_loads_seconds_count{cache=\"activities\"}");
    }
}
