package dev.stride.domain.activity;

import dev.stride.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One logged activity and its life cycle: active, then soft-deleted (in the owner's trash), then either restored
 * to active or purged for good by an admin. Instances are immutable; every change returns the next state with
 * its version raised, and the version is what clients see as the ETag.
 */
public final class Activity {

    private final ActivityId id;
    private final UserId ownerId;
    private final ActivityDetails details;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant deletedAt;
    private final long version;

    public Activity(ActivityId id, UserId ownerId, ActivityDetails details, Instant createdAt, Instant updatedAt,
            Instant deletedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.details = Objects.requireNonNull(details, "details");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.deletedAt = deletedAt;
        this.version = version;
    }

    public static Activity log(UserId owner, ActivityDetails details, Instant now) {
        return new Activity(ActivityId.newId(), owner, details, now, now, null, 1);
    }

    /** Replaces every editable field. Only an active activity can be edited. */
    public Activity revise(ActivityDetails newDetails, Instant now) {
        requireActive();
        return new Activity(id, ownerId, newDetails, createdAt, now, null, version + 1);
    }

    /** Moves the activity to its owner's trash. */
    public Activity softDelete(Instant now) {
        requireActive();
        return new Activity(id, ownerId, details, createdAt, now, now, version + 1);
    }

    /** Takes the activity out of the trash. */
    public Activity restore(Instant now) {
        if (!isDeleted()) {
            throw new ActivityNotDeletedException(id);
        }
        return new Activity(id, ownerId, details, createdAt, now, null, version + 1);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isOwnedBy(UserId user) {
        return ownerId.equals(user);
    }

    /** Whether a client that last saw {@code tag} still has the current state. */
    public boolean hasVersionTag(String tag) {
        return versionTag().equals(tag);
    }

    /** An opaque token that changes with every change of the activity. */
    public String versionTag() {
        return Long.toString(version);
    }

    private void requireActive() {
        if (isDeleted()) {
            throw new ActivityDeletedException(id);
        }
    }

    public ActivityId id() {
        return id;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public ActivityDetails details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public long version() {
        return version;
    }
}
