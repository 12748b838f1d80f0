package dev.stride.application.service;

import dev.stride.application.port.in.RegisterUserCommand;
import dev.stride.application.port.in.RegisterUserUseCase;
import dev.stride.application.port.out.PasswordHasher;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.EmailAlreadyTakenException;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;

public class RegisterUserService implements RegisterUserUseCase {

    private final UserStore users;
    private final PasswordHasher hasher;
    private final TimeSource time;
    private final Transactions transactions;
    private final AdminEmails adminEmails;

    public RegisterUserService(UserStore users, PasswordHasher hasher, TimeSource time, Transactions transactions,
            AdminEmails adminEmails) {
        this.users = users;
        this.hasher = hasher;
        this.time = time;
        this.transactions = transactions;
        this.adminEmails = adminEmails;
    }

    @Override
    public User register(RegisterUserCommand command) {
        // The service creates the admins' accounts itself (EnsureAdminAccountsService): a listed address is taken.
        if (adminEmails.lists(command.email())) {
            throw new EmailAlreadyTakenException();
        }
        // Hash outside the transaction: it is slow on purpose and needs no database.
        String hash = hasher.hash(command.password());
        User user = User.register(command.email(), hash, command.displayName(), Tier.FREE, time.now());
        // The store's unique email constraint, not a look-up first, decides races between two registrations.
        transactions.inTransaction(() -> users.insert(user));
        return user;
    }
}
