package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.EmailAlreadyTakenException;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

/**
 * Accounts. The unique index on the email, not a look-up before the insert, decides between two registrations
 * racing for the same address.
 */
@ApplicationScoped
public class PanacheUserStore implements UserStore {

    /** The name the migration gives the unique index. */
    static final String EMAIL_INDEX = "ux_users_email";

    private final PanacheTransactions transactions;

    PanacheUserStore(PanacheTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Flushes at once so a taken email surfaces here, as the port's exception, rather than at commit. As after
     * any failed statement, the surrounding transaction can then only roll back.
     */
    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "user.insert"})
    public void insert(User user) {
        // Checked first so the common case never reaches the database as a failed INSERT, whose error the
        // driver would log with the statement; the unique index still decides a race between two registrations.
        if (UserEntity.count("email", user.email().value()) > 0) {
            throw new EmailAlreadyTakenException();
        }
        try {
            UserMapper.toNewEntity(user).persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, EMAIL_INDEX)) {
                throw new EmailAlreadyTakenException();
            }
            throw e;
        }
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "user.update"})
    public void update(User user) {
        UserEntity entity = UserEntity.<UserEntity>findByIdOptional(user.id().value())
                .orElseThrow(() -> new IllegalStateException("user " + user.id() + " does not exist"));
        UserMapper.copyChangeableState(user, entity);
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "user.find"})
    public Optional<User> findById(UserId id) {
        return transactions.read(
                () -> UserEntity.<UserEntity>findByIdOptional(id.value()).map(UserMapper::toDomain));
    }

    /** A row lock (SELECT ... FOR UPDATE): concurrent writers of the same account take turns. */
    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "user.lock"})
    public Optional<User> lockById(UserId id) {
        return UserEntity.<UserEntity>findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(UserMapper::toDomain);
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "user.find-by-email"})
    public Optional<User> findByEmail(Email email) {
        return transactions.read(() -> UserEntity.<UserEntity>find("email", email.value())
                .firstResultOptional().map(UserMapper::toDomain));
    }
}
