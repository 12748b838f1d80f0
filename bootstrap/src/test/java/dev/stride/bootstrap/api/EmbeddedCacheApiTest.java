package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.memory.MemoryCaches;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The in-memory cache of the embedded mode: hits without any Redis. */
@QuarkusTest
@TestProfile(EmbeddedCache.class)
class EmbeddedCacheApiTest extends CacheFlows {

    @Inject
    MemoryCaches memory;

    @Inject
    Scheduler scheduler;

    @Test
    void aRepeatedListIsServedFromMemory() {
        String token = newUserToken();
        double hits = gets("activities", "hit");

        as(token).get("/api/v1/activities?page=1&limit=5").then().statusCode(200);
        as(token).get("/api/v1/activities?page=1&limit=5").then().statusCode(200);

        assertThat(gets("activities", "hit")).isEqualTo(hits + 1);
        assertThat(memory.lists.size()).isPositive();
    }

    @Test
    void expiredEntriesAreDroppedOnASchedule() {
        assertThat(scheduler.getScheduledJob("cache-cleanup")).isNotNull();
        assertThat(scheduler.getScheduledJob("cache-cleanup").getMethodDescription()).contains("CacheCleanup");
    }
}
