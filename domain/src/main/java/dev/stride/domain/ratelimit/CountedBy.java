package dev.stride.domain.ratelimit;

/** Whose hits a policy counts together. */
public enum CountedBy {
    /** The authenticated user, or the client address of an anonymous caller. */
    CALLER,
    /** The client address, whoever the caller is. */
    ADDRESS,
    /** The email a login names: guessing one account's password from many addresses is limited too. */
    EMAIL
}
