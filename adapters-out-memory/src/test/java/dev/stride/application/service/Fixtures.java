package dev.stride.application.service;

import dev.stride.adapter.out.memory.InMemoryAccountChangeBroadcast;
import dev.stride.adapter.out.memory.InMemoryActivityStore;
import dev.stride.adapter.out.memory.InMemoryAuditLog;
import dev.stride.adapter.out.memory.InMemoryDataVersions;
import dev.stride.adapter.out.memory.InMemoryDeliveryStore;
import dev.stride.adapter.out.memory.InMemoryIdempotencyStore;
import dev.stride.adapter.out.memory.InMemorySessionStore;
import dev.stride.adapter.out.memory.InMemorySubscriptionStore;
import dev.stride.adapter.out.memory.InMemoryTransactions;
import dev.stride.adapter.out.memory.InMemoryUserStore;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.FieldError;
import dev.stride.domain.validation.ValidationException;
import dev.stride.testing.InMemoryAccessTokenIssuer;
import dev.stride.testing.ManualTimeSource;
import dev.stride.testing.Pbkdf2PasswordHasher;
import dev.stride.testing.webhooks.CountingWakeUp;
import dev.stride.testing.webhooks.FixedRequestContext;
import dev.stride.testing.webhooks.TestPayloads;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The real in-memory adapters wired together as the services expect them, with a clock that only moves when a test
 * moves it. One instance per test: nothing is shared between tests.
 */
final class Fixtures {

    /** The evening before a leap day, in UTC: tomorrow is 2024-02-29. */
    static final Instant START = Instant.parse("2024-02-28T20:00:00.123456Z");
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);
    /** Few iterations keep the tests fast; the hashing is still real. */
    static final int HASH_ITERATIONS = 1000;

    final ManualTimeSource time = new ManualTimeSource(START);
    final InMemoryActivityStore activities = new InMemoryActivityStore();
    final InMemoryUserStore users = new InMemoryUserStore();
    final InMemoryDataVersions versions = new InMemoryDataVersions();
    final InMemoryAuditLog audit;
    final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore(deliveries);
    final CountingWakeUp wakeUp = new CountingWakeUp();
    final FixedRequestContext request = new FixedRequestContext("req-fixtures");
    /** The transactional outbox of the activity writes, over the in-memory webhook stores. */
    final WebhookOutbox outbox = new WebhookOutbox(subscriptions, deliveries, new TestPayloads(), request, wakeUp);
    final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
    final InMemoryTransactions transactions;
    /** No caching: the caching tests (service.caching) check what the writes tell the caches. */
    final ActivityCaches caches = ActivityCaches.versionsOnly(versions, Duration.ZERO);
    final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(HASH_ITERATIONS);
    final InMemoryAccessTokenIssuer tokens = new InMemoryAccessTokenIssuer(time, TOKEN_LIFETIME);
    final InMemorySessionStore sessionStore = new InMemorySessionStore(time);
    final Sessions sessions = new Sessions(sessionStore, REFRESH_LIFETIME, Duration.ZERO);
    final AccountStateCache accountStates = new AccountStateCache(time, Duration.ofSeconds(30), 100,
            new InMemoryAccountChangeBroadcast());

    Fixtures() {
        this(new InMemoryAuditLog());
    }

    Fixtures(InMemoryAuditLog audit) {
        this.audit = audit;
        this.transactions = new InMemoryTransactions(activities, users, audit, versions, subscriptions,
                deliveries, keys);
    }

    /** Logs an activity through the real use case, then lets a minute pass so creation times differ. */
    Activity logged(UserId owner, ActivityInput input) {
        Activity activity = new CreateActivityService(activities, time, transactions, caches, outbox).create(owner, input);
        time.advance(Duration.ofMinutes(1));
        return activity;
    }

    /** Moves an activity to the trash through the real use case, then lets a minute pass. */
    void trashed(UserId owner, ActivityId id) {
        new DeleteActivityService(activities, time, transactions, caches, outbox).delete(owner, id);
        time.advance(Duration.ofMinutes(1));
    }

    /** The activity as stored right now, deleted or not, whoever owns it. */
    Optional<Activity> stored(ActivityId id) {
        return transactions.inTransaction(() -> activities.lockAny(id));
    }

    /** How many live activities the owner has. */
    long liveCount(UserId owner) {
        return activities.listLive(ActivityFilter.allOf(owner), new PageRequest(1, 100)).total();
    }

    /** How many activities are in the owner's trash. */
    long trashCount(UserId owner) {
        return activities.listTrash(owner, new PageRequest(1, 100)).total();
    }

    /** A valid activity of the given type, date and tags. */
    static ActivityInput input(String type, String date, String... tags) {
        return new ActivityInput(type, 45, new BigDecimal("10.5"), "easy pace", date, List.of(tags));
    }

    static ActivityInput running(String date) {
        return input("running", date, "morning");
    }

    /** The errors of the {@link ValidationException} that {@code code} must throw. */
    static List<FieldError> violationsOf(ThrowingCallable code) {
        try {
            code.call();
        } catch (ValidationException e) {
            return e.errors();
        } catch (Throwable other) {
            throw new AssertionError("expected a ValidationException but got " + other, other);
        }
        throw new AssertionError("expected a ValidationException but nothing was thrown");
    }
}
