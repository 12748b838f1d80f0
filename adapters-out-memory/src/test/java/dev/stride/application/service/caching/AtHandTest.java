package dev.stride.application.service.caching;

import static dev.stride.application.service.caching.CachingWorld.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.adapter.out.memory.InMemoryResultCache;
import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.ListActivitiesQuery;
import dev.stride.application.port.in.StatisticsQuery;
import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.DeleteActivityService;
import dev.stride.application.service.GetActivityService;
import dev.stride.application.service.GetStatisticsService;
import dev.stride.application.service.ListActivitiesService;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What a replica answers at once, on the thread that received the request: only what a blocking read would answer
 * too, and only while the owner's version is trusted without a read. The stores are in this process, so every
 * entry is at hand; a version lease of half a second keeps a read's version trusted for the whole test.
 */
class AtHandTest {

    private static final CachePolicy POLICY = new CachePolicy(Duration.ofMinutes(5), Duration.ofMinutes(2),
            Duration.ofMinutes(2), Duration.ofMillis(500));

    private final CachingWorld world = new CachingWorld();
    private final ActivityCaches caches = new ActivityCaches(world.versions,
            new InMemoryResultCache<>(world.time, 100), new InMemoryResultCache<>(world.time, 100),
            new InMemoryResultCache<>(world.time, 100), new InMemoryResultCache<>(world.time, 100), POLICY,
            CacheEvents.NONE);
    private final CachedGetActivity get = new CachedGetActivity(new GetActivityService(world.activities), caches);
    private final CachedListActivities list = new CachedListActivities(new ListActivitiesService(world.activities),
            caches);
    private final CachedGetStatistics statistics = new CachedGetStatistics(
            new GetStatisticsService(world.totals, world.time), caches, world.time);
    private final CreateActivityService create = new CreateActivityService(world.activities, world.time,
            world.transactions, caches, world.outbox);
    private final DeleteActivityService delete = new DeleteActivityService(world.activities, world.time,
            world.transactions, caches, world.outbox);
    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();

    @Test
    void nothingIsAtHandUntilTheOwnersVersionHasBeenRead() {
        Activity created = create.create(ann, run("2024-02-27", 30));

        assertThat(get.atHand(ann, created.id())).as("cached at creation, but ann's version is not known").isEmpty();
        get.get(ann, created.id());

        assertThat(get.atHand(ann, created.id())).hasValueSatisfying(held -> {
            assertThat(held.id()).isEqualTo(created.id());
            assertThat(held.details()).isEqualTo(created.details());
        });
    }

    @Test
    void anotherUsersActivityIsNeverAtHand() {
        Activity created = create.create(ann, run("2024-02-27", 30));
        get.get(ann, created.id());
        assertThatThrownBy(() -> get.get(bob, created.id())).isInstanceOf(ActivityNotFoundException.class);

        assertThat(get.atHand(bob, created.id())).isEmpty();
    }

    @Test
    void afterAWriteOfTheOwnerNothingOlderIsAtHand() {
        Activity created = create.create(ann, run("2024-02-27", 30));
        get.get(ann, created.id());

        delete.delete(ann, created.id());

        assertThat(get.atHand(ann, created.id())).isEmpty();
        assertThatThrownBy(() -> get.get(ann, created.id())).isInstanceOf(ActivityNotFoundException.class);
        assertThat(get.atHand(ann, created.id())).as("read again: now trusted, and deleted").isEmpty();
    }

    @Test
    void aListAndStatisticsOnceReadAreAtHandAsTheyWereAnswered() {
        create.create(ann, run("2024-02-27", 30));
        ListActivitiesQuery everything = new ListActivitiesQuery(ActivityFilter.allOf(ann), new PageRequest(1, 20));
        StatisticsQuery month = StatisticsQuery.of(ann, "month", null, null, null, null, null);
        assertThat(list.atHand(everything)).isEmpty();

        long listed = list.list(everything).total();
        var computed = statistics.statistics(month);

        assertThat(list.atHand(everything).orElseThrow().total()).isEqualTo(listed).isEqualTo(1);
        assertThat(statistics.atHand(month)).contains(computed);
        assertThat(list.atHand(new ListActivitiesQuery(ActivityFilter.allOf(ann), new PageRequest(2, 20))))
                .as("another page was never read").isEmpty();
    }
}
