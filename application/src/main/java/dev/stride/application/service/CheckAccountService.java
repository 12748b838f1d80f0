package dev.stride.application.service;

import dev.stride.application.port.in.CheckAccountUseCase;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;
import java.util.Optional;

public class CheckAccountService implements CheckAccountUseCase {

    private final UserStore users;
    private final AdminEmails adminEmails;
    private final AccountStateCache accountStates;

    public CheckAccountService(UserStore users, AdminEmails adminEmails, AccountStateCache accountStates) {
        this.users = users;
        this.adminEmails = adminEmails;
        this.accountStates = accountStates;
    }

    @Override
    public Optional<Actor> activeAccount(UserId id) {
        // Deleted and unknown accounts are cached too: their tokens must not cost a read each either.
        return accountStates.get(id, () -> users.findById(id)
                .filter(user -> !user.isDeleted())
                .map(user -> new Actor(user.id(), adminEmails.tierOf(user))));
    }

    @Override
    public Optional<KnownAccount> knownAccount(UserId id) {
        return accountStates.cached(id);
    }
}
