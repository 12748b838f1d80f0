package dev.stride.application.service;

import dev.stride.application.port.in.EnsureAdminAccountsUseCase;
import dev.stride.application.port.out.PasswordHasher;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.EmailAlreadyTakenException;
import dev.stride.domain.user.PasswordPolicy;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.validation.ValidationException;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Without this, {@code stride.admin-emails} would make an admin of whoever registered a listed address first, and
 * Stride verifies no email. So the service creates the listed accounts itself, with a password from a secret, and
 * registration refuses the listed addresses ({@link RegisterUserService}).
 */
public class EnsureAdminAccountsService implements EnsureAdminAccountsUseCase {

    public static final String PASSWORD_SETTING = "stride.admin-initial-password (STRIDE_ADMIN_INITIAL_PASSWORD)";
    private static final System.Logger LOG = System.getLogger(EnsureAdminAccountsService.class.getName());

    private final UserStore users;
    private final PasswordHasher hasher;
    private final TimeSource time;
    private final Transactions transactions;
    private final AdminEmails adminEmails;

    public EnsureAdminAccountsService(UserStore users, PasswordHasher hasher, TimeSource time,
            Transactions transactions, AdminEmails adminEmails) {
        this.users = users;
        this.hasher = hasher;
        this.time = time;
        this.transactions = transactions;
        this.adminEmails = adminEmails;
    }

    @Override
    public int ensureAdminAccounts(Optional<String> initialPassword) {
        int created = 0;
        for (Email email : adminEmails.emails()) {
            if (users.findByEmail(email).isPresent()) {
                continue;
            }
            String password = checked(initialPassword, email);
            User admin = User.register(email, hasher.hash(password), null, Tier.ADMIN, time.now());
            try {
                transactions.inTransaction(() -> users.insert(admin));
                created++;
                LOG.log(Level.INFO, "Created the admin account {0} with the password in " + PASSWORD_SETTING, email);
            } catch (EmailAlreadyTakenException anotherReplicaWasFirst) {
                // Replicas starting together race for it; the account exists, which is all that matters.
            }
        }
        return created;
    }

    private static String checked(Optional<String> initialPassword, Email email) {
        String password = initialPassword.filter(value -> !value.isBlank()).orElseThrow(() ->
                new IllegalStateException("The admin account " + email + " (stride.admin-emails) does not exist yet:"
                        + " set " + PASSWORD_SETTING + " to its initial password"));
        try {
            return PasswordPolicy.check(password);
        } catch (ValidationException e) {
            throw new IllegalStateException(PASSWORD_SETTING + " breaks the password rules: "
                    + e.errors().get(0).message(), e);
        }
    }
}
