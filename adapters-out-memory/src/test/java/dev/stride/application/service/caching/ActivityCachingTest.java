package dev.stride.application.service.caching;

import static dev.stride.application.service.caching.ActivityCaches.ACTIVITIES;
import static dev.stride.application.service.caching.ActivityCaches.ACTIVITY;
import static dev.stride.application.service.caching.ActivityCaches.STATS;
import static dev.stride.application.service.caching.CachingWorld.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.ListActivitiesQuery;
import dev.stride.application.port.in.PreconditionFailedException;
import dev.stride.application.port.in.StatisticsQuery;
import dev.stride.application.port.in.SummaryQuery;
import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.VersionPrecondition;
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.ListActivitiesService;
import dev.stride.application.service.caching.CachingWorld.Replica;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caching policies over the real use cases, with two replicas sharing one database and one cache. */
class ActivityCachingTest {

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private final Actor admin = new Actor(UserId.newId(), Tier.ADMIN);
    private CachingWorld world;
    private Replica one;
    private Replica two;
    private Activity first;

    @BeforeEach
    void wire() {
        world = new CachingWorld();
        one = world.replica();
        two = world.replica();
        first = one.create.create(ann, run("2024-02-27", 30));
    }

    private ListActivitiesQuery everything(UserId owner) {
        return new ListActivitiesQuery(ActivityFilter.allOf(owner), new PageRequest(1, 20));
    }

    private StatisticsQuery month(UserId owner) {
        return StatisticsQuery.of(owner, "month", null, null, null, null, null);
    }

    private long listed(Replica replica) {
        return replica.list.list(everything(ann)).total();
    }

    private long counted(Replica replica) {
        return replica.statistics.statistics(month(ann)).totals().count();
    }

    private long summed(Replica replica) {
        return replica.summary.summary(new SummaryQuery(ann)).allTime().count();
    }

    /** Reads everything once on both replicas, so that every entry is cached before a write. */
    private void warm() {
        for (Replica replica : new Replica[] {one, two}) {
            replica.get.get(ann, first.id());
            listed(replica);
            counted(replica);
            summed(replica);
        }
    }

    @Test
    void aCreatedActivityIsWrittenThroughAndTheNextReadIsAHit() {
        assertThat(two.get.get(ann, first.id()).details()).isEqualTo(first.details());

        assertThat(two.hits(ACTIVITY)).isEqualTo(1);
        assertThat(two.misses(ACTIVITY)).isZero();
    }

    @Test
    void aMissLoadsFromTheSourceAndTheNextReadOfTheSameQueryIsAHit() {
        Page<Activity> missed = one.list.list(everything(ann));
        Page<Activity> hit = two.list.list(everything(ann));
        Statistics computed = one.statistics.statistics(month(ann));
        Statistics cached = two.statistics.statistics(month(ann));
        summed(one);
        summed(two);

        assertThat(hit.total()).isEqualTo(missed.total()).isEqualTo(1);
        assertThat(cached).isEqualTo(computed);
        assertThat(one.misses(ACTIVITIES)).isEqualTo(1);
        assertThat(two.hits(ACTIVITIES)).isEqualTo(1);
        assertThat(one.misses(STATS)).isEqualTo(2);
        assertThat(two.hits(STATS)).isEqualTo(2);
    }

    @Test
    void anotherQueryIsAnotherEntry() {
        listed(one);

        one.list.list(new ListActivitiesQuery(ActivityFilter.allOf(ann), new PageRequest(2, 20)));
        one.list.list(new ListActivitiesQuery(new ActivityFilter(ann, "cycling", null, null, null),
                new PageRequest(1, 20)));
        one.statistics.statistics(StatisticsQuery.of(ann, "week", null, null, null, null, null));

        assertThat(one.misses(ACTIVITIES)).isEqualTo(3);
        assertThat(one.hits(ACTIVITIES)).isZero();
        assertThat(one.misses(STATS)).isEqualTo(1);
    }

    @Test
    void entriesExpireAfterTheirTtl() {
        listed(one);
        counted(one);

        world.time.advance(Duration.ofMinutes(2));
        listed(one);
        counted(one);
        world.time.advance(Duration.ofMinutes(3));
        one.get.get(ann, first.id());

        assertThat(one.misses(ACTIVITIES)).isEqualTo(2);
        assertThat(one.misses(STATS)).isEqualTo(2);
        assertThat(one.misses(ACTIVITY)).isEqualTo(1);
        assertThat(one.hits(ACTIVITIES) + one.hits(STATS) + one.hits(ACTIVITY)).isZero();
    }

    @Test
    void anActivityIsServedToItsOwnerOnly() {
        one.get.get(ann, first.id());

        assertThatThrownBy(() -> two.get.get(bob, first.id())).isInstanceOf(ActivityNotFoundException.class);
    }

    @Test
    void aCreationShowsInTheOtherReplicasListsAndStatistics() {
        warm();

        one.create.create(ann, run("2024-02-26", 40));

        assertThat(listed(two)).isEqualTo(2);
        assertThat(counted(two)).isEqualTo(2);
        assertThat(summed(two)).isEqualTo(2);
    }

    @Test
    void anUpdateShowsEverywhereAtOnce() {
        warm();

        one.update.update(new UpdateActivityCommand(ann, first.id(), run("2024-02-27", 90), VersionPrecondition.NONE));

        assertThat(two.get.get(ann, first.id()).details().durationMinutes()).isEqualTo(90);
        assertThat(two.list.list(everything(ann)).items().get(0).details().durationMinutes()).isEqualTo(90);
        assertThat(two.statistics.statistics(month(ann)).totals().durationMinutes()).isEqualTo(90);
        assertThat(two.summary.summary(new SummaryQuery(ann)).allTime().durationMinutes()).isEqualTo(90);
    }

    @Test
    void aDeletionShowsEverywhereAtOnce() {
        warm();

        one.delete.delete(ann, first.id());

        assertThatThrownBy(() -> two.get.get(ann, first.id())).isInstanceOf(ActivityNotFoundException.class);
        assertThat(listed(two)).isZero();
        assertThat(counted(two)).isZero();
        assertThat(summed(two)).isZero();
    }

    @Test
    void aRestorationShowsEverywhereAtOnce() {
        one.delete.delete(ann, first.id());
        assertThat(listed(two)).isZero();
        assertThat(counted(two)).isZero();
        assertThat(summed(two)).isZero();

        one.restore.restore(ann, first.id());

        assertThat(two.get.get(ann, first.id()).id()).isEqualTo(first.id());
        assertThat(listed(two)).isEqualTo(1);
        assertThat(counted(two)).isEqualTo(1);
        assertThat(summed(two)).isEqualTo(1);
    }

    @Test
    void aPurgeByAnAdminShowsInTheOwnersReadsAtOnce() {
        warm();

        one.purge.purge(admin, first.id());

        assertThatThrownBy(() -> two.get.get(ann, first.id())).isInstanceOf(ActivityNotFoundException.class);
        assertThat(listed(two)).isZero();
        assertThat(counted(two)).isZero();
        assertThat(summed(two)).isZero();
    }

    @Test
    void aFailedWriteBumpsNoVersionAndKeepsTheEntriesValid() {
        warm();
        long before = world.versions.current(ann);
        long hitsBefore = two.hits(ACTIVITIES);

        assertThatThrownBy(() -> one.update.update(new UpdateActivityCommand(ann, first.id(),
                run("2024-02-27", 90), VersionPrecondition.oneOf(Set.of("\"stale\"")))))
                .isInstanceOf(PreconditionFailedException.class);

        assertThat(world.versions.current(ann)).isEqualTo(before);
        listed(two);
        assertThat(two.hits(ACTIVITIES)).isEqualTo(hitsBefore + 1);
    }

    @Test
    void whileTheCacheIsUnreachableEveryRequestIsServedFromTheSource() {
        world.cacheDown.set(true);

        Activity second = one.create.create(ann, run("2024-02-26", 40));
        one.update.update(new UpdateActivityCommand(ann, second.id(), run("2024-02-26", 50), VersionPrecondition.NONE));

        assertThat(one.get.get(ann, second.id()).details().durationMinutes()).isEqualTo(50);
        assertThat(listed(one)).isEqualTo(2);
        assertThat(counted(one)).isEqualTo(2);
        assertThat(summed(one)).isEqualTo(2);
        assertThat(one.hits(ACTIVITY) + one.hits(ACTIVITIES) + one.hits(STATS)).isZero();
    }

    @Test
    void aWriteMadeWhileTheCacheWasUnreachableLeavesNothingStaleOnceItIsBack() {
        warm();
        world.cacheDown.set(true);

        one.update.update(new UpdateActivityCommand(ann, first.id(), run("2024-02-27", 90), VersionPrecondition.NONE));
        one.create.create(ann, run("2024-02-26", 40));
        world.cacheDown.set(false);

        // the old entries are still in the cache, but were stored at an older version of ann's data
        assertThat(world.activityCache.entries.get(ActivityCaches.activityKey(first.id()))).isPresent();
        assertThat(two.get.get(ann, first.id()).details().durationMinutes()).isEqualTo(90);
        assertThat(listed(two)).isEqualTo(2);
        assertThat(counted(two)).isEqualTo(2);
        assertThat(summed(two)).isEqualTo(2);
        assertThat(one.get.get(ann, first.id()).details().durationMinutes()).isEqualTo(90);
    }

    @Test
    void aWriteOfOneUserLeavesTheEntriesOfAnotherValid() {
        two.create.create(bob, run("2024-02-27", 20));
        two.list.list(everything(bob));

        one.create.create(ann, run("2024-02-26", 40));
        two.list.list(everything(bob));

        assertThat(two.hits(ACTIVITIES)).isEqualTo(1);
    }

    @Test
    void withCachingTurnedOffWritesStillBumpTheVersionSoOldEntriesStayUnusable() {
        warm();
        ActivityCaches off = ActivityCaches.versionsOnly(world.versions, CachePolicy.DEFAULT.versionLease());
        CachedListActivities uncached = new CachedListActivities(
                new ListActivitiesService(world.activities), off);
        CreateActivityService create = new CreateActivityService(world.activities, world.time, world.transactions,
                off, world.outbox);

        create.create(ann, run("2024-02-26", 40));

        assertThat(uncached.list(everything(ann)).total()).isEqualTo(2);
        assertThat(listed(two)).isEqualTo(2);
        assertThat(world.listCache.entries.size()).isEqualTo(2);
    }
}
