package dev.stride.application.service.caching;

import static dev.stride.application.service.caching.CachingWorld.run;
import static dev.stride.testing.Latches.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.application.port.in.ListActivitiesQuery;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.application.port.out.CacheEvents;
import dev.stride.application.service.GetActivityService;
import dev.stride.application.service.ListActivitiesService;
import dev.stride.application.service.caching.CachingWorld.Replica;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private static final int READERS = 8;

    @Test
    void concurrentMissesOfOneKeyLoadFromTheSourceOnce() throws Exception {
        CachingWorld world = new CachingWorld();
        UserId ann = UserId.newId();
        world.replica().create.create(ann, run("2024-02-27", 30));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        ListActivitiesService database = new ListActivitiesService(world.activities);
        ListActivitiesUseCase slowSource = query -> {
            loads.incrementAndGet();
            await(release);
            return database.list(query);
        };
        Replica replica = world.replica(slowSource);
        ListActivitiesQuery query = new ListActivitiesQuery(ActivityFilter.allOf(ann), new PageRequest(1, 20));
        List<Page<Activity>> answers = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            Thread reader = new Thread(() -> {
                Page<Activity> page = replica.list.list(query);
                synchronized (answers) {
                    answers.add(page);
                }
            });
            readers.add(reader);
            reader.start();
        }

        // Every reader has missed: one runs the load (held by the latch), the others wait for it.
        while (replica.misses(ActivityCaches.ACTIVITIES) < READERS || !othersAreWaiting(readers)) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(loads).hasValue(1);
        assertThat(answers).hasSize(READERS).allSatisfy(page -> assertThat(page.total()).isEqualTo(1));
    }

    @Test
    void aFailedLoadIsSharedAndTheNextLoadRunsAgain() {
        SingleFlight<String> flight = new SingleFlight<>();
        AtomicInteger calls = new AtomicInteger();

        try {
            flight.load("k", () -> {
                calls.incrementAndGet();
                throw new IllegalStateException("database down");
            });
        } catch (IllegalStateException expected) {
            // the caller sees the source's failure
        }
        String value = flight.load("k", () -> "v" + calls.incrementAndGet());

        assertThat(value).isEqualTo("v2");
        assertThat(flight.inFlight()).isZero();
    }

    @Test
    void anotherUserJoiningTheOwnersLoadOfAnActivityIsNotShownIt() throws Exception {
        CachingWorld world = new CachingWorld();
        UserId ann = UserId.newId();
        UserId bob = UserId.newId();
        Activity annsRun = world.replica().create.create(ann, run("2024-02-27", 30));
        world.replica().create.create(bob, run("2024-02-27", 30));
        world.activityCache.entries.remove(ActivityCaches.activityKey(annsRun.id()));
        assertThat(world.versions.current(ann)).isEqualTo(world.versions.current(bob));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        GetActivityService database = new GetActivityService(world.activities);
        GetActivityUseCase slowSource = (owner, id) -> {
            loads.incrementAndGet();
            await(release);
            return database.get(owner, id);
        };
        ActivityCaches caches = new ActivityCaches(world.versions, world.activityCache, world.listCache,
                world.statsCache, world.summaryCache, CachePolicy.DEFAULT, CacheEvents.NONE);
        CachedGetActivity get = new CachedGetActivity(slowSource, caches);
        List<Object> annSaw = new ArrayList<>();
        List<Object> bobSaw = new ArrayList<>();
        Thread annReads = new Thread(() -> annSaw.add(outcome(() -> get.get(ann, annsRun.id()))));
        Thread bobReads = new Thread(() -> bobSaw.add(outcome(() -> get.get(bob, annsRun.id()))));

        annReads.start();
        while (loads.get() < 1) {
            Thread.onSpinWait();
        }
        bobReads.start();
        while (bobReads.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        release.countDown();
        annReads.join();
        bobReads.join();

        assertThat(loads).hasValue(1);
        assertThat(annSaw).singleElement().isInstanceOf(Activity.class);
        assertThat(bobSaw).singleElement().isInstanceOf(ActivityNotFoundException.class);
    }

    private static Object outcome(java.util.function.Supplier<Object> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static boolean othersAreWaiting(List<Thread> readers) {
        return readers.stream().filter(reader -> reader.getState() == Thread.State.WAITING).count() == READERS;
    }
}
