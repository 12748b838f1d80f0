package dev.stride.testing.contract;

import dev.stride.application.port.out.TimeSource;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Test data for the port contracts. Every owner and email is fresh, so a contract never depends on an empty
 * store: the database behind an adapter is shared by every test run.
 */
public final class ContractFixtures {

    /** Microsecond precision on purpose: that is what {@link TimeSource} promises and what the stores keep. */
    public static final Instant T0 = Instant.parse("2024-03-01T08:15:30.123456Z");

    private ContractFixtures() {
    }

    public static Email freshEmail() {
        return new Email("user-" + UUID.randomUUID() + "@example.test");
    }

    public static User freshUser() {
        return new User(UserId.newId(), freshEmail(), "hash-" + UUID.randomUUID(), "Ada", Tier.FREE, T0, null);
    }

    public static ActivityDetails details(String type, LocalDate date, String... tags) {
        return new ActivityDetails(new ActivityType(type), 45, new BigDecimal("10.500"), "easy pace", date,
                new Tags(List.of(tags)));
    }

    public static Activity activity(UserId owner, ActivityDetails details, Instant createdAt) {
        return new Activity(ActivityId.newId(), owner, details, createdAt, createdAt, null, 1);
    }

    public static Activity activity(ActivityId id, UserId owner, ActivityDetails details, Instant createdAt) {
        return new Activity(id, owner, details, createdAt, createdAt, null, 1);
    }

    /** An id whose text starts with {@code prefix}: lets a test fix the tie-break order by id. */
    public static ActivityId idStartingWith(String prefix) {
        String random = UUID.randomUUID().toString();
        return new ActivityId(UUID.fromString(prefix + random.substring(prefix.length())));
    }
}
