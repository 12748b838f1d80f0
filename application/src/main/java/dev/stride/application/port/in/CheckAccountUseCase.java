package dev.stride.application.port.in;

import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;
import java.util.Optional;

/** Asked on every authenticated request, so it answers from a cache and only rarely from storage. */
public interface CheckAccountUseCase {

    /**
     * The account as an actor with its effective tier, while it exists and is not deleted; empty otherwise. May be
     * as old as the account state cache allows, except on the replica that made the change, which forgets at once.
     */
    Optional<Actor> activeAccount(UserId id);

    /**
     * What {@link #activeAccount} answers, when it can answer without reading storage (the account state cache
     * knows the account); empty when it cannot. Safe on a thread that must never block.
     */
    Optional<KnownAccount> knownAccount(UserId id);

    /** The account state cache's answer: the active account, or none when it is deleted or unknown. */
    record KnownAccount(Optional<Actor> active) {

        public KnownAccount {
            java.util.Objects.requireNonNull(active, "active");
        }
    }
}
