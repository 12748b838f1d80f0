package dev.stride.testing.contract;

import static dev.stride.testing.contract.ContractFixtures.T0;
import static dev.stride.testing.contract.ContractFixtures.freshEmail;
import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.EmailAlreadyTakenException;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link UserStore} must do. Emails are fresh in every test: the store may hold other accounts. */
public abstract class UserStoreContract {

    protected abstract UserStore users();

    protected abstract Transactions transactions();

    @Test
    void insertedUserIsFoundByIdAndByEmail() {
        User user = new User(UserId.newId(), freshEmail(), "pbkdf2$1$c2FsdA==$aGFzaA==", "Zoë Ünlü", Tier.PREMIUM,
                T0, null);

        insert(user);

        assertSameState(users().findById(user.id()).orElseThrow(), user);
        assertSameState(users().findByEmail(user.email()).orElseThrow(), user);
    }

    @Test
    void absentDisplayNameStaysAbsent() {
        User user = new User(UserId.newId(), freshEmail(), "hash", null, Tier.FREE, T0, null);

        insert(user);

        assertThat(users().findById(user.id()).orElseThrow().displayName()).isNull();
    }

    @Test
    void softDeletedUsersAreFoundToo() {
        User user = new User(UserId.newId(), freshEmail(), "hash", "Gone", Tier.FREE, T0, T0.plusSeconds(3600));

        insert(user);

        assertSameState(users().findById(user.id()).orElseThrow(), user);
        assertSameState(users().findByEmail(user.email()).orElseThrow(), user);
    }

    @Test
    void unknownIdsAndEmailsFindNobody() {
        insert(freshUser());

        assertThat(users().findById(UserId.newId())).isEmpty();
        assertThat(users().findByEmail(freshEmail())).isEmpty();
    }

    @Test
    void aTakenEmailIsRefusedAndNothingIsStoredTwice() {
        User first = freshUser();
        insert(first);
        User second = new User(UserId.newId(), first.email(), "other", "Other", Tier.ADMIN, T0.plusSeconds(1), null);

        assertThatThrownBy(() -> insert(second)).isInstanceOf(EmailAlreadyTakenException.class);

        assertThat(users().findById(second.id())).isEmpty();
        assertSameState(users().findByEmail(first.email()).orElseThrow(), first);
    }

    @Test
    void theEmailOfASoftDeletedAccountStaysTaken() {
        Email email = freshEmail();
        User deleted = new User(UserId.newId(), email, "hash", null, Tier.FREE, T0, T0.plusSeconds(60));
        insert(deleted);
        User newcomer = new User(UserId.newId(), email, "hash", null, Tier.FREE, T0.plusSeconds(120), null);

        assertThatThrownBy(() -> insert(newcomer)).isInstanceOf(EmailAlreadyTakenException.class);

        assertThat(users().findById(newcomer.id())).isEmpty();
        assertSameState(users().findByEmail(email).orElseThrow(), deleted);
    }

    @Test
    void aRefusedRegistrationLeavesTheStoreUsable() {
        User first = freshUser();
        insert(first);

        assertThatThrownBy(() -> insert(new User(UserId.newId(), first.email(), "h", null, Tier.FREE, T0, null)))
                .isInstanceOf(EmailAlreadyTakenException.class);
        User next = freshUser();
        insert(next);

        assertThat(users().findById(next.id())).isPresent();
    }

    @Test
    void updateStoresTheNewTier() {
        User user = freshUser();
        insert(user);

        transactions().inTransaction(() -> users().update(user.withTier(Tier.ADMIN)));

        assertThat(users().findById(user.id()).orElseThrow().tier()).isEqualTo(Tier.ADMIN);
        assertSameState(users().findByEmail(user.email()).orElseThrow(), user.withTier(Tier.ADMIN));
    }

    @Test
    void updateStoresASoftDeletionAndItsUndoing() {
        User user = freshUser();
        insert(user);
        User deleted = new User(user.id(), user.email(), user.passwordHash(), user.displayName(), user.tier(),
                user.createdAt(), T0.plusSeconds(10));

        transactions().inTransaction(() -> users().update(deleted));
        assertSameState(users().findById(user.id()).orElseThrow(), deleted);

        transactions().inTransaction(() -> users().update(user));
        assertThat(users().findById(user.id()).orElseThrow().deletedAt()).isNull();
    }

    @Test
    void lockingFindsAnyAccountDeletedOrNot() {
        User live = freshUser();
        User deleted = freshUser().softDelete(T0.plusSeconds(5));
        insert(live);
        insert(deleted);

        transactions().inTransaction(() -> {
            assertSameState(users().lockById(live.id()).orElseThrow(), live);
            assertSameState(users().lockById(deleted.id()).orElseThrow(), deleted);
            assertThat(users().lockById(UserId.newId())).isEmpty();
        });
    }

    @Test
    void aLockedAccountCanBeUpdatedInTheSameUnit() {
        User user = freshUser();
        insert(user);

        transactions().inTransaction(() -> users().update(
                users().lockById(user.id()).orElseThrow().softDelete(T0.plusSeconds(30))));

        assertThat(users().findById(user.id()).orElseThrow().deletedAt()).isEqualTo(T0.plusSeconds(30));
    }

    private void insert(User user) {
        transactions().inTransaction(() -> users().insert(user));
    }

    /** User has identity equality; a store must give back every field as it was given. */
    protected static void assertSameState(User actual, User expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.email()).isEqualTo(expected.email());
        assertThat(actual.passwordHash()).isEqualTo(expected.passwordHash());
        assertThat(actual.displayName()).isEqualTo(expected.displayName());
        assertThat(actual.tier()).isEqualTo(expected.tier());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.deletedAt()).isEqualTo(expected.deletedAt());
    }
}
