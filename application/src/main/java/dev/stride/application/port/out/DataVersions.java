package dev.stride.application.port.out;

import dev.stride.domain.user.UserId;

/**
 * A counter per user that every write of the user's activities increments in its own transaction, kept where the
 * activities are (the database). Whatever was derived from the activities (a cached page, statistics) is tagged
 * with the version it was read at, and is valid only while the version is still the current one.
 */
public interface DataVersions {

    /** The user's current version; 0 for a user whose activities were never written. */
    long current(UserId user);

    /** Increments the user's version and answers the new one. Runs inside {@link Transactions#inTransaction}. */
    long bump(UserId user);
}
