package dev.stride.application.port.in;

import dev.stride.domain.user.Actor;
import dev.stride.domain.user.User;

public interface ChangeTierUseCase {

    /**
     * Stores the account's new tier and records who changed it (nothing is recorded when the tier stays the same).
     * The user's next token carries it, and requests see it once the account state cache has let go of the old one.
     *
     * @throws dev.stride.domain.user.AdminRequiredException unless the actor is an admin
     * @throws UserNotFoundException when there is no such account
     * @throws TierSetByConfigurationException when the account is a configured admin
     */
    User changeTier(Actor admin, ChangeTierCommand command);
}
