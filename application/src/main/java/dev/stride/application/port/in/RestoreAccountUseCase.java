package dev.stride.application.port.in;

import dev.stride.domain.user.Actor;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;

public interface RestoreAccountUseCase {

    /**
     * Reopens a soft-deleted account and records who did it. The owner logs in again to get new sessions.
     *
     * @throws dev.stride.domain.user.AdminRequiredException unless the actor is an admin
     * @throws UserNotFoundException when there is no such account
     * @throws dev.stride.domain.user.AccountNotDeletedException when the account is not deleted
     */
    User restore(Actor admin, UserId id);
}
