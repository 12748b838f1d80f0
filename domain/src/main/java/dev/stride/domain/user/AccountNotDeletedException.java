package dev.stride.domain.user;

import dev.stride.domain.DomainException;

/** Only a soft-deleted account can be restored. */
public class AccountNotDeletedException extends DomainException {

    public AccountNotDeletedException(UserId id) {
        super("Account " + id + " is not deleted, so it cannot be restored");
    }
}
