package dev.stride.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * An account. Accounts are never removed by their owner, only soft-deleted: the email stays taken and an admin
 * can restore the account with its data.
 */
public final class User {

    private final UserId id;
    private final Email email;
    private final String passwordHash;
    private final String displayName;
    private final Tier tier;
    private final Instant createdAt;
    private final Instant deletedAt;

    public User(UserId id, Email email, String passwordHash, String displayName, Tier tier, Instant createdAt,
            Instant deletedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.displayName = displayName;
        this.tier = Objects.requireNonNull(tier, "tier");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.deletedAt = deletedAt;
    }

    public static User register(Email email, String passwordHash, String displayName, Tier tier, Instant now) {
        return new User(UserId.newId(), email, passwordHash, DisplayName.check(displayName), tier, now, null);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public User withTier(Tier newTier) {
        return new User(id, email, passwordHash, displayName, Objects.requireNonNull(newTier, "tier"), createdAt,
                deletedAt);
    }

    /** The owner closes the account: it stays, with its email and data, until an admin restores it. */
    public User softDelete(Instant now) {
        if (isDeleted()) {
            return this;
        }
        return new User(id, email, passwordHash, displayName, tier, createdAt, Objects.requireNonNull(now, "now"));
    }

    /** An admin reopens a closed account. */
    public User restore() {
        if (!isDeleted()) {
            throw new AccountNotDeletedException(id);
        }
        return new User(id, email, passwordHash, displayName, tier, createdAt, null);
    }

    public UserId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Tier tier() {
        return tier;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }
}
