package dev.stride.domain.user;

/** Only a soft-deleted account can be restored. */
public class AccountNotDeletedException extends RuntimeException {

    public AccountNotDeletedException(UserId id) {
        super("Account " + id + " is not deleted, so it cannot be restored");
    }
}
