package dev.stride.application.port.in;

import java.util.Optional;

/** At start-up: every account that configuration makes an admin exists, so nobody can take its address first. */
public interface EnsureAdminAccountsUseCase {

    /**
     * Creates each configured admin account that does not exist yet, with {@code initialPassword}; returns how many
     * it created. Throws {@link IllegalStateException}, naming the setting, when one must be created and no
     * password is configured (the service then refuses to start).
     */
    int ensureAdminAccounts(Optional<String> initialPassword);
}
