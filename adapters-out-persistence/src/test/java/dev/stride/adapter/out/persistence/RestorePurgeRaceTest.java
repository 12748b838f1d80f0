package dev.stride.adapter.out.persistence;

import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.DataVersions;
import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.DeleteActivityService;
import dev.stride.application.service.PurgeActivityService;
import dev.stride.application.service.RestoreActivityService;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.testing.webhooks.CountingWakeUp;
import dev.stride.testing.webhooks.FixedRequestContext;
import dev.stride.testing.webhooks.TestPayloads;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A restore and a purge of the same trashed activity, started together on two threads, round after round,
 * through the real services and the Panache adapters on PostgreSQL. The row lock must make them take turns:
 * either the restore wins and the purge then removes the restored row, or the purge wins and the restore finds
 * nothing. Any other exception, or a row that survives, is a failure.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class RestorePurgeRaceTest {

    private static final int ROUNDS = 100;

    @Inject
    ActivityStore activities;

    @Inject
    UserStore users;

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    @Inject
    DataVersions versions;

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    DeliveryStore deliveries;

    private final TimeSource clock = () -> Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void everyRoundEndsInExactlyOneCleanOutcome() throws Exception {
        // Holding the lock a moment longer makes the other thread really wait on it, not just arrive later.
        ActivityStore slowToRelease = new LingeringLocks(activities);
        // The writes bump the owner's data version in their transactions, as in the service.
        ActivityCaches caches = ActivityCaches.versionsOnly(versions, Duration.ZERO);
        WebhookOutbox outbox = new WebhookOutbox(subscriptions, deliveries, new TestPayloads(),
                new FixedRequestContext(null), new CountingWakeUp());
        RestoreActivityService restore = new RestoreActivityService(slowToRelease, clock, transactions, caches, outbox);
        PurgeActivityService purge = new PurgeActivityService(slowToRelease, audit, clock, transactions, caches);
        CreateActivityService create = new CreateActivityService(activities, clock, transactions, caches, outbox);
        DeleteActivityService delete = new DeleteActivityService(activities, clock, transactions, caches, outbox);
        User owner = freshUser();
        transactions.inTransaction(() -> users.insert(owner));
        Actor admin = new Actor(UserId.newId(), Tier.ADMIN);
        int restoredThenPurged = 0;
        int purgedFirst = 0;

        for (int round = 0; round < ROUNDS; round++) {
            Activity activity = create.create(owner.id(), new ActivityInput("running", 30, new BigDecimal("5"),
                    "round " + round, "2024-03-01", List.of("race", "round-" + round)));
            delete.delete(owner.id(), activity.id());
            CyclicBarrier start = new CyclicBarrier(2);

            Future<Optional<Throwable>> restoring = threads.submit(() -> outcomeOf(start,
                    () -> restore.restore(owner.id(), activity.id())));
            Future<Optional<Throwable>> purging = threads.submit(() -> outcomeOf(start,
                    () -> purge.purge(admin, activity.id())));
            Optional<Throwable> restoreFailure = restoring.get(30, TimeUnit.SECONDS);
            Optional<Throwable> purgeFailure = purging.get(30, TimeUnit.SECONDS);

            assertThat(purgeFailure).as("round %d: the purge always finds the row, restored or not", round).isEmpty();
            if (restoreFailure.isPresent()) {
                assertThat(restoreFailure.get())
                        .as("round %d: a restore may only lose the race by finding nothing", round)
                        .isInstanceOf(ActivityNotFoundException.class);
            }
            assertGone(activity.id(), owner.id());
            boolean restoreWon = restoreFailure.isEmpty();
            // What the purge saw proves the order: a restored row, or the one still in the trash.
            assertThat(wasDeletedWhenPurged(activity.id())).isEqualTo(Boolean.toString(!restoreWon));
            if (restoreWon) {
                restoredThenPurged++;
            } else {
                purgedFirst++;
            }
        }

        Log.infof("restore/purge race: %d rounds, restore first %d, purge first %d", ROUNDS, restoredThenPurged,
                purgedFirst);
    }

    private static Optional<Throwable> outcomeOf(CyclicBarrier start, Runnable action) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        try {
            action.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }

    /** Checked with plain SQL as well, so no Hibernate session can hide a surviving row. */
    private void assertGone(ActivityId id, UserId owner) {
        assertThat(transactions.inTransaction(() -> activities.lockAny(id))).isEmpty();
        assertThat(activities.findLive(owner, id)).isEmpty();
        assertThat(activities.listTrash(owner, new PageRequest(1, 100)).items()).extracting(Activity::id)
                .doesNotContain(id);
        assertThat(DatabaseFacts.column("select count(*) from activities where id = '" + id + "'"))
                .containsExactly("0");
        assertThat(DatabaseFacts.column("select count(*) from activity_tags where activity_id = '" + id + "'"))
                .containsExactly("0");
    }

    /** What the purge's audit entry says about the row it removed; exactly one entry per purge. */
    private static String wasDeletedWhenPurged(ActivityId id) {
        // Straight from the tables: the log is shared with other tests, so "the newest entry" may not be ours.
        List<String> values = DatabaseFacts.column("select d.detail_value from audit_entries e"
                + " join audit_entry_details d on d.audit_entry_id = e.id"
                + " where e.target_id = '" + id + "' and d.detail_key = 'wasDeleted'");
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    /** Passes everything through, but keeps a lock a few milliseconds before handing the row back. */
    private record LingeringLocks(ActivityStore delegate) implements ActivityStore {

        @Override
        public Optional<Activity> lockAny(ActivityId id) {
            Optional<Activity> locked = delegate.lockAny(id);
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return locked;
        }

        @Override
        public void insert(Activity activity) {
            delegate.insert(activity);
        }

        @Override
        public void update(Activity activity) {
            delegate.update(activity);
        }

        @Override
        public Optional<Activity> findLive(UserId owner, ActivityId id) {
            return delegate.findLive(owner, id);
        }

        @Override
        public Optional<Activity> lockLive(UserId owner, ActivityId id) {
            return delegate.lockLive(owner, id);
        }

        @Override
        public Page<Activity> listLive(ActivityFilter filter, PageRequest page) {
            return delegate.listLive(filter, page);
        }

        @Override
        public Page<Activity> listTrash(UserId owner, PageRequest page) {
            return delegate.listTrash(owner, page);
        }

        @Override
        public void purge(ActivityId id) {
            delegate.purge(id);
        }
    }
}
