package dev.stride.application.port.in;

import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;

public interface GetAccountUseCase {

    /**
     * The account as its owner sees it, with the tier it is effectively given (configured admins are admins).
     *
     * @throws UserNotFoundException when there is no such account, or it is deleted
     */
    User get(UserId id);
}
