package dev.stride.application.port.in;

import dev.stride.domain.user.UserId;

public interface DeleteAccountUseCase {

    /**
     * Soft-deletes the account: its data and email stay, it can no longer log in, its sessions are revoked and its
     * access tokens stop working.
     *
     * @throws UserNotFoundException when there is no such account
     */
    void delete(UserId id);
}
